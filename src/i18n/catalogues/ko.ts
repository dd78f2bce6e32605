import type { Catalogue } from '../catalogue';

/** 한국어 카탈로그: 영어 카탈로그와 같은 키, 같은 자리표시자. 날짜는 Intl이 쓴다(2019년 11월 22일). */
export const ko: Catalogue = {
  'date.week': '{date} 주간',
  'date.span': '{from} ~ {to}',
  'date.between': '{from}에서 {to} 사이의 어느 시점',
  'date.endOf': '{date} 말',
  'date.onOrBefore': '{date} 또는 그 이전',
  'date.inOrBefore': '{date} 이전',
  'date.onOrAfter': '{date} 또는 그 이후',
  'date.inOrAfter': '{date} 이후',
  'date.ongoing': '{start}부터 계속 중({reported} 보도 기준)',
  'date.precision.year': '연 단위까지 알려짐',
  'date.precision.month': '월 단위까지 알려짐',
  'date.precision.week': '주 단위까지 알려짐',
  'date.precision.day': '일 단위까지 알려짐',
  'date.precision.bounds': '범위로만 알려짐',
  'date.precision.ongoing.year': '시작은 연 단위까지 알려짐, 아직 끝나지 않음',
  'date.precision.ongoing.month': '시작은 월 단위까지 알려짐, 아직 끝나지 않음',
  'date.precision.ongoing.week': '시작은 주 단위까지 알려짐, 아직 끝나지 않음',
  'date.precision.ongoing.day': '시작은 일 단위까지 알려짐, 아직 끝나지 않음',
  'date.range': '{from}부터 {to}까지',
  'date.view': { other: '{range}, 사건 {count}건' },

  // ——— Panels: the source panel, the events list and its filters, the article view, the relations, citations and the
  // saved image's words (src/panels, src/exports). ———

  'notice.repeated': '링크에 {param} 값이 {count}번 들어 있습니다. 첫 번째 값 “{value}”만 사용합니다.',
  'notice.date.shape.event': '날짜 “{value}”: 2019, 2019-11, 2019-11-22 같은 형식이 아닙니다. 대신 사건 “{event}”을(를) 표시합니다.',
  'notice.date.shape.whole': '날짜 “{value}”: 2019, 2019-11, 2019-11-22 같은 형식이 아닙니다. 대신 타임라인 전체를 표시합니다.',
  'notice.date.missing.event': '날짜 “{value}”: 존재하지 않는 날짜입니다. 대신 사건 “{event}”을(를) 표시합니다.',
  'notice.date.missing.whole': '날짜 “{value}”: 존재하지 않는 날짜입니다. 대신 타임라인 전체를 표시합니다.',
  'notice.date.outside.event': '날짜 “{value}”: 이 타임라인의 범위({first}~{last})를 벗어납니다. 대신 사건 “{event}”을(를) 표시합니다.',
  'notice.date.outside.whole': '날짜 “{value}”: 이 타임라인의 범위({first}~{last})를 벗어납니다. 대신 타임라인 전체를 표시합니다.',
  'notice.span.shape.date': '기간 “{value}”: 30d, 6m, 10y(일, 월, 년) 같은 폭이 아닙니다. 대신 {date}의 기본 폭으로 표시합니다.',
  'notice.span.shape.event': '기간 “{value}”: 30d, 6m, 10y(일, 월, 년) 같은 폭이 아닙니다. 대신 사건 “{event}”의 기본 폭으로 표시합니다.',
  'notice.span.shape.whole': '기간 “{value}”: 30d, 6m, 10y(일, 월, 년) 같은 폭이 아닙니다. 대신 타임라인 전체를 표시합니다.',
  'notice.span.zero.date': '기간 “{value}”: 폭이 0입니다. 대신 {date}의 기본 폭으로 표시합니다.',
  'notice.span.zero.event': '기간 “{value}”: 폭이 0입니다. 대신 사건 “{event}”의 기본 폭으로 표시합니다.',
  'notice.span.zero.whole': '기간 “{value}”: 폭이 0입니다. 대신 타임라인 전체를 표시합니다.',
  'notice.span.alone': '링크의 기간에는 중심이 될 날짜나 사건이 없습니다. 대신 타임라인 전체를 표시합니다.',
  'notice.event.unknown': '이 타임라인에 “{value}”라는 사건이 없어 아무것도 선택하지 않았습니다.',
  'notice.q.long': '링크의 검색어가 {max}자보다 깁니다. 앞의 {max}자만 검색합니다.',
  'notice.lang.unknown': '언어 “{value}”: 이 타임라인의 언어(English, 한국어, 日本語)가 아닙니다. 대신 영어로 표시합니다.',

  'search.label': '사건 검색',
  'search.placeholder': '검색: GSOMIA, 강제노동, 輸出…',
  'search.clear': '검색 지우기',
  'search.help': 'Enter 또는 ↓ 키는 다음 결과로, ↑ 키는 이전 결과로 이동하고, Esc 키는 검색을 지웁니다.',
  'search.count': { other: '“{query}”와(과) 일치하는 사건이 {count}건 있습니다.' },
  'search.none': '“{query}”와(과) 일치하는 사건이 없습니다.',
  'search.waiting': '“{query}” 검색 중…',
  'search.inArticles': { other: '“{query}”은(는) 기사 “{headline}”의 본문에도 {count}번 나옵니다.' },
  'search.openArticle': '기사에서 보기',

  // ——— Pages: titles, descriptions and preview pictures' words, the reading without JavaScript (src/prerender,
  // src/app/NoScriptReading.tsx). ———

  'language.picker': '언어',

  // ——— The page: header, controls, legend, help, the timeline and its overview, the embed (src/app, src/timeline,
  // src/embed). ———
};
