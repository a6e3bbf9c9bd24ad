window.__INITIAL_STATE__ = JSON.parse("{\"news\":{\"newsTitle\":\"가상 제목\",\"newsContent\":\"본문 첫 줄\\n본문 둘째 줄\",\"regDate\":\"2026-05-06 07:08:09\"}}");
window.__APOLLO_STATE__={"Article:1":{"__typename":"Article","title":'작은 따옴표 제목',body:`템플릿 본문`,author:{name:"이가상"}}}
