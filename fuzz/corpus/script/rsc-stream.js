self.__next_f.push([1,"1:I[\"123\",[],\"\"]\n2:{\"article\":{\"title\":\"\uac00\uc0c1 \uae30\uc0ac\",\"publishedAt\":\"2026-01-02T03:04:05+09:00\"}}\n"])
self.__next_f.push([1,"3:[\"$\",\"div\",null,{\"children\":[[\"$\",\"p\",\"a\",{\"children\":\"첫 문단입니다. 가상의 내용"])
self.__next_f.push([1,"이 이어진다.\"}],[\"$\",\"p\",\"b\",{\"children\":\"$4\"}]]}]\n4:T1c,<p>둘째 문단 본문</p>"])
