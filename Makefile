# gisa — the two commands of the README, and the rest of the development loop.
#   make run    install what is missing, build, and run gisad on config/gisad.yaml (watching ./var/drop)
#   make test   install what is missing, build, and run every test
#   make test-python   build gisad and gisa, then run only the Python client's tests (clients/python)
SHELL := /bin/bash
PREFIX ?= /usr/local
DEB_PACKAGES := libzmq3-dev libxml2-dev libsqlite3-dev zlib1g-dev libssl-dev pkg-config sqlite3
PY_PACKAGES := pyzmq jsonschema
# The Python client (clients/python) and its test runner.
PY_CLIENT_PACKAGES := ./clients/python pytest
SWIFT ?= swift

.PHONY: deps build release run test test-python test-faults mutate stress fuzz-extract fuzz-control fuzz-script install clean help bench

help:
	@sed -n 's/^#   //p' Makefile

# Debian packages (as root; apt-get update first) and the Python test peers, only when missing.
deps:
	@missing=""; for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing Debian packages:$$missing"; \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi
	@python3 -c "import zmq, jsonschema" 2>/dev/null || python3 -m pip install -q $(PY_PACKAGES) \
		|| python3 -m pip install -q --break-system-packages $(PY_PACKAGES)
	@python3 -c "import gisa_client, pytest" 2>/dev/null || python3 -m pip install -q $(PY_CLIENT_PACKAGES) \
		|| python3 -m pip install -q --break-system-packages $(PY_CLIENT_PACKAGES)

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --static-swift-stdlib

run: build
	mkdir -p var/drop var/state
	.build/debug/gisad --config config/gisad.yaml

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --no-parallel
	$(PYTEST_CLIENT)

# The Python client's pytest suite against the real gisad, on the repository's source (PYTHONPATH=src).
PYTEST_CLIENT = cd clients/python && PYTHONPATH=src GISAD=$(CURDIR)/.build/debug/gisad GISA=$(CURDIR)/.build/debug/gisa \
	python3 -m pytest -q -p no:cacheprovider
test-python: deps
	$(SWIFT) build --product gisad
	$(SWIFT) build --product gisa
	$(PYTEST_CLIENT)

# The fault-injection suites at full size (Tests/GisaDaemonTests/Faults, RELIABILITY.md): hours.
# `make test` runs their short forms.
test-faults: deps
	$(SWIFT) build --build-tests
	GISA_FAULTS=full $(SWIFT) test --skip-build --no-parallel --filter Faults

# Mutation smoke test (Tests/mutations/run.sh; RELIABILITY.md): one-line mutations in a scratch
# copy, each must be caught by its tests. Before a release; not part of `make test`.
mutate: deps
	bash Tests/mutations/run.sh

# The daemon suites STRESS_RUNS times under a CPU hog on every core (RELIABILITY.md, acceptance 2).
STRESS_RUNS ?= 20
stress: deps
	$(SWIFT) build --build-tests
	bash Tests/stress/run.sh $(STRESS_RUNS)

# Install a release build (Swift standard library linked statically), the unit and the config.
install: release
	install -D -m 0755 .build/release/gisad $(DESTDIR)$(PREFIX)/bin/gisad
	install -D -m 0755 .build/release/gisa $(DESTDIR)$(PREFIX)/bin/gisa
	install -D -m 0644 systemd/gisad.service $(DESTDIR)/etc/systemd/system/gisad.service
	install -D -m 0644 systemd/gisa.sysusers.conf $(DESTDIR)/usr/lib/sysusers.d/gisa.conf
	install -D -m 0644 systemd/gisa.tmpfiles.conf $(DESTDIR)/usr/lib/tmpfiles.d/gisa.conf
	@if [ -e $(DESTDIR)/etc/gisa/gisad.yaml ]; then echo "keeping existing /etc/gisa/gisad.yaml"; \
	else install -D -m 0640 systemd/gisad.yaml $(DESTDIR)/etc/gisa/gisad.yaml; fi
	install -D -m 0644 README.md $(DESTDIR)$(PREFIX)/share/doc/gisa/README.md
	@echo "next: systemd-sysusers && systemd-tmpfiles --create && systemctl daemon-reload && systemctl enable --now gisad"

# libFuzzer targets (README, Development). FUZZ_SECONDS bounds a run. --sanitize fuzzer alone
# links libFuzzer but leaves Swift code uninstrumented; the coverage flags make it guided.
FUZZ_SECONDS ?= 600
FUZZ_FLAGS := -c release --sanitize fuzzer --sanitize address --scratch-path .build-fuzz \
	-Xswiftc -sanitize-coverage=edge,pc-table,inline-8bit-counters,trace-cmp
fuzz-extract: deps
	$(SWIFT) build --product FuzzExtract $(FUZZ_FLAGS)
	mkdir -p .build-fuzz/corpus-extract
	SWIFT_BACKTRACE=enable=no .build-fuzz/release/FuzzExtract -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
		.build-fuzz/corpus-extract fuzz/corpus/extract

fuzz-script: deps
	$(SWIFT) build --product FuzzScriptData $(FUZZ_FLAGS)
	mkdir -p .build-fuzz/corpus-script
	SWIFT_BACKTRACE=enable=no .build-fuzz/release/FuzzScriptData -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
		.build-fuzz/corpus-script fuzz/corpus/script

fuzz-control: deps
	$(SWIFT) build --product FuzzControl $(FUZZ_FLAGS)
	mkdir -p .build-fuzz/corpus-control
	SWIFT_BACKTRACE=enable=no .build-fuzz/release/FuzzControl -max_total_time=$(FUZZ_SECONDS) \
		.build-fuzz/corpus-control fuzz/corpus/control

# Benchmarks (issue 6; BENCHMARKS.md): release builds, corpora, peers, the daemon end to end.
# Not part of `make test`. BENCH_QUICK=1 scales it down ~10x.
bench:
	bash benchmarks/run.sh

clean:
	rm -rf .build .build-fuzz
