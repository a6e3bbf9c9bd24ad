#!/usr/bin/env python3
"""A gisad subscriber written with pyzmq, as a third-party consumer would write one.

Usage: pyzmq_subscriber.py PUBLISH_ENDPOINT COUNT SCHEMA_PATH [TIMEOUT_SECONDS]

Connects a SUB socket, prints {"ready": true} once the subscription has had time to take
effect, then receives COUNT messages. Each must have three frames: the topic, the CloudEvents
JSON (valid against SCHEMA_PATH, its "type" equal to the topic) and the sequence as 8 bytes
little-endian equal to the JSON's "sequence". Prints one JSON line per message:
{"topic", "seq", "type", "sequence", "subject", "schema_errors"} (the caller judges the
schema errors). Exits 1 on the first badly framed message, 2 on timeout, 3 when pyzmq or
jsonschema is missing.
"""
import json
import struct
import sys
import time

try:
    import zmq
    from jsonschema import Draft202012Validator
except ImportError as error:
    print(f"missing module: {error}", file=sys.stderr)
    sys.exit(3)


def main():
    endpoint, count, schema_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    timeout = float(sys.argv[4]) if len(sys.argv) > 4 else 60.0
    with open(schema_path, encoding="utf-8") as f:
        validator = Draft202012Validator(json.load(f), format_checker=Draft202012Validator.FORMAT_CHECKER)

    context = zmq.Context()
    socket = context.socket(zmq.SUB)
    socket.setsockopt(zmq.LINGER, 0)
    socket.setsockopt(zmq.SUBSCRIBE, b"")
    socket.connect(endpoint)
    time.sleep(1.0)
    print(json.dumps({"ready": True}), flush=True)

    deadline = time.monotonic() + timeout
    received = 0
    while received < count:
        left = deadline - time.monotonic()
        if left <= 0 or not socket.poll(int(left * 1000)):
            print(f"timeout after {received} of {count} messages", file=sys.stderr)
            return 2
        frames = socket.recv_multipart()
        if len(frames) != 3:
            print(f"message {received}: {len(frames)} frames", file=sys.stderr)
            return 1
        topic = frames[0].decode("utf-8")
        event = json.loads(frames[1].decode("utf-8"))
        if len(frames[2]) != 8:
            print(f"message {received}: sequence frame of {len(frames[2])} bytes", file=sys.stderr)
            return 1
        (seq,) = struct.unpack("<Q", frames[2])
        errors = [f"event {received + 1}: {e.json_path}: {e.message}" for e in validator.iter_errors(event)]
        if topic != event["type"] or seq != event["sequence"]:
            print(f"message {received}: topic {topic} type {event['type']} seq {seq} sequence {event['sequence']}",
                  file=sys.stderr)
            return 1
        print(json.dumps({"topic": topic, "seq": seq, "type": event["type"], "sequence": event["sequence"],
                          "subject": event.get("subject"),
                          "schema_errors": errors}, ensure_ascii=False), flush=True)
        received += 1
    socket.close()
    context.term()
    return 0


if __name__ == "__main__":
    sys.exit(main())
