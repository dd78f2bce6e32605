import type { Catalogue } from '../catalogue';

/** 日本語のカタログ：英語のカタログと同じキー、同じプレースホルダー。日付は Intl が書く（2019年11月22日）。 */
export const ja: Catalogue = {
  'date.week': '{date}の週',
  'date.span': '{from}～{to}',
  'date.between': '{from}から{to}までの間',
  'date.endOf': '{date}末',
  'date.onOrBefore': '{date}以前',
  'date.inOrBefore': '{date}以前',
  'date.onOrAfter': '{date}以降',
  'date.inOrAfter': '{date}以降',
  'date.ongoing': '{start}から継続中（{reported}の報道時点）',
  'date.precision.year': '年まで判明',
  'date.precision.month': '月まで判明',
  'date.precision.week': '週まで判明',
  'date.precision.day': '日まで判明',
  'date.precision.bounds': '範囲のみ判明',
  'date.precision.ongoing.year': '開始は年まで判明、終了は未定',
  'date.precision.ongoing.month': '開始は月まで判明、終了は未定',
  'date.precision.ongoing.week': '開始は週まで判明、終了は未定',
  'date.precision.ongoing.day': '開始は日まで判明、終了は未定',
  'date.range': '{from}～{to}',
  'date.view': { other: '{range}、出来事{count}件' },

  // ——— Panels: the source panel, the events list and its filters, the article view, the relations, citations and the
  // saved image's words (src/panels, src/exports). ———

  'notice.repeated': 'リンクに{param}が{count}回指定されています。最初の「{value}」だけを使います。',
  'notice.date.shape.event':
    '日付「{value}」は2019、2019-11、2019-11-22のような形式ではありません。代わりに出来事「{event}」を表示します。',
  'notice.date.shape.whole': '日付「{value}」は2019、2019-11、2019-11-22のような形式ではありません。代わりにタイムライン全体を表示します。',
  'notice.date.missing.event': '日付「{value}」は存在しません。代わりに出来事「{event}」を表示します。',
  'notice.date.missing.whole': '日付「{value}」は存在しません。代わりにタイムライン全体を表示します。',
  'notice.date.outside.event':
    '日付「{value}」はこのタイムラインの範囲（{first}～{last}）の外です。代わりに出来事「{event}」を表示します。',
  'notice.date.outside.whole': '日付「{value}」はこのタイムラインの範囲（{first}～{last}）の外です。代わりにタイムライン全体を表示します。',
  'notice.span.shape.date': '期間「{value}」は30d、6m、10y（日・月・年）のような幅ではありません。代わりに{date}を通常の幅で表示します。',
  'notice.span.shape.event':
    '期間「{value}」は30d、6m、10y（日・月・年）のような幅ではありません。代わりに出来事「{event}」を通常の幅で表示します。',
  'notice.span.shape.whole': '期間「{value}」は30d、6m、10y（日・月・年）のような幅ではありません。代わりにタイムライン全体を表示します。',
  'notice.span.zero.date': '期間「{value}」の幅がゼロです。代わりに{date}を通常の幅で表示します。',
  'notice.span.zero.event': '期間「{value}」の幅がゼロです。代わりに出来事「{event}」を通常の幅で表示します。',
  'notice.span.zero.whole': '期間「{value}」の幅がゼロです。代わりにタイムライン全体を表示します。',
  'notice.span.alone': 'リンクの期間には、中心にする日付も出来事もありません。代わりにタイムライン全体を表示します。',
  'notice.event.unknown': 'このタイムラインに「{value}」という出来事はないため、何も選択していません。',
  'notice.q.long': 'リンクの検索語が{max}文字を超えています。最初の{max}文字だけを検索します。',
  'notice.lang.unknown': '言語「{value}」はこのタイムラインの言語（English、한국어、日本語）ではありません。代わりに英語で表示します。',

  'search.label': '出来事を検索',
  'search.placeholder': '検索：GSOMIA、강제노동、輸出…',
  'search.clear': '検索をクリア',
  'search.help': 'Enter または ↓ で次の結果へ、↑ で前の結果へ移動し、Esc で検索をクリアします。',
  'search.count': { other: '「{query}」に一致する出来事が{count}件あります。' },
  'search.none': '「{query}」に一致する出来事はありません。',
  'search.waiting': '「{query}」を検索しています…',
  'search.inArticles': { other: '「{query}」は記事「{headline}」の本文にも{count}回出てきます。' },
  'search.openArticle': '記事で読む',

  // ——— Pages: titles, descriptions and preview pictures' words, the reading without JavaScript (src/prerender,
  // src/app/NoScriptReading.tsx). ———

  'language.picker': '言語',

  // ——— The page: header, controls, legend, help, the timeline and its overview, the embed (src/app, src/timeline,
  // src/embed). ———
};
