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
  'notice.lang.unknown': '言語「{value}」はこのタイムラインの言語（English、한국어、日本語）ではありません。代わりに英語で表示します。',

  // ——— Pages: titles, descriptions and preview pictures' words, the reading without JavaScript (src/prerender,
  // src/app/NoScriptReading.tsx). ———

  'language.picker': '言語',

  // ——— The page: header, controls, legend, help, the timeline and its overview, the embed (src/app, src/timeline,
  // src/embed). ———

  'header.skip': '出来事の一覧へ移動',
  'header.tagline': { other: '{articles}から集めた{count}件の出来事のタイムラインです。どの出来事にも出典からの引用があります。' },
  'page.articles': { other: 'ニュース記事{count}本' },

  'share.copyLink': 'リンクをコピー',
  'share.copied': 'この表示へのリンクをコピーしました。',
  'share.copyFallback': '自動でコピーできませんでした。リンクを選択したので、Ctrl+C（または⌘C）でコピーしてください。',
  'share.linkField': 'この表示へのリンク',
  'share.share': '共有',
  'share.shareFailed': 'リンクを共有できませんでした。「リンクをコピー」をお使いください。',
  'share.embed': '埋め込み',
  'embedCode.heading': 'この表示を埋め込む',
  'embedCode.explain':
    'このコードをページのHTMLに貼り付けてください。フレームは今見ている表示で開きます。数行のスクリプトがフレームの高さを内容に合わせます（スクリプトがない場合、高さは{height}ピクセルのままです）。読者のブラウザの「戻る」の履歴には何も追加しません。',
  'embedCode.field': 'この表示のコード',
  'embedCode.copy': 'コードをコピー',
  'embedCode.copied': 'コードをコピーしました。',
  'embedCode.copyFallback': '自動でコピーできませんでした。コードを選択したので、Ctrl+C（または⌘C）でコピーしてください。',
  'embedCode.frameTitle': 'タイムライン：{title}',

  'saveImage.button': '画像を保存',
  'saveImage.choices': 'この表示の保存形式',
  'saveImage.svg': 'SVG',
  'saveImage.svgNote': '（拡大可能）',
  'saveImage.png': 'PNG',
  'saveImage.pngNote': '（画像）',
  'saveImage.saving': 'この表示を{file}として保存します。',
  'saveImage.failed': '画像を作成できませんでした。接続を確認して、もう一度お試しください。',
  'download.heading': 'データのダウンロード',
  'download.explain': 'このプロジェクト独自の形式のJSON（記事の本文付き）、または引用1件を1行にしたCSVです。',
  'download.json': 'JSONをダウンロード',
  'download.csv': 'CSVをダウンロード',
  'download.started': '{file}をダウンロードしています。',
  'download.failed': 'ファイルを作成できませんでした。接続を確認して、もう一度お試しください。',

  'about.title': 'データについて',
  'about.summary': {
    other:
      '{articles}から手作業で選んだ{count}件の出来事と{citations}です。どの出来事も出典の一節以上を、誤字も含めて一字一句そのまま引用しています。',
  },
  'about.citations': { other: '引用{count}件' },
  'about.sources': '出典',
  'about.source': '{headline}。{publisher}、{byline}、{published}発行（タイムゾーンの表記なし）。',
  'about.sourceByline': '{headline}。{byline}、{published}発行（タイムゾーンの表記なし）。',
  'about.curation': '出来事の作り方と確認の方法',
  'about.languages': '言語',
  'about.translations':
    'このページのインターフェースの文言、出来事のタイトル・ラベル・注記、タグと状態の名前、そしてこの説明は、タイムラインが英語から翻訳したものです。引用、記事の見出し、署名、発行日時は翻訳せず、掲載されたとおり英語で示しています。',
  'about.precision': '精度と状態',
  'about.precision.dates':
    '日付は本文が示す精度でのみ表示します。年、月、週、または日までです。月まで判明している出来事は、タイムライン上でその月全体にわたって表示されます。',
  'about.precision.bounds':
    '本文が範囲しか示さない場合（2016年11月に締結された協定を「{beforeExtending}」（延長を決める前）など）、出来事の日付はその範囲の「間のいずれかの時点」とし、各境界にはその根拠となった表現や出来事を添えて、不確かな端に向かって薄れる帯として描きます。記事の報道時点でまだ続いていた期間には終わりがなく、報道の後で薄れて消えます。',
  'about.precision.links':
    '記事が出来事の間に示す関連（「{retaliation}」（報復として）、「{firstSince}」（…以来初めて）、「{after}」（…の後））は、その表現とともに残し、出来事ごとに一覧にします。関連はその表現以上のことを主張しません。「{after}」は「…の後」であって「…のために」ではありません。',
  'about.status': '{label}：{meaning}',
  'dialog.close': '閉じる',

  'theme.system': '配色：システム',
  'theme.light': '配色：ライト',
  'theme.dark': '配色：ダーク',
  'theme.explain': '配色を切り替えます（システム、ライト、ダーク）',

  'notices.dataset': { other: 'データセットに問題が{count}件あり、該当する出来事を除外しました：' },
  'notices.dismiss': '閉じる',
  'notices.dismissNamed': '閉じる：{notice}',
  'error.unknown': '不明なエラー',
  'error.timeline.failed': '申し訳ありません。タイムラインが動作を停止しました（{error}）。ページのほかの部分は引き続き使えます。',
  'error.timeline.reset': 'タイムラインをリセット',
  'error.sourcePanel.failed': '申し訳ありません。出典パネルが動作を停止しました（{error}）。ページのほかの部分は引き続き使えます。',
  'error.sourcePanel.reset': '出典パネルをリセット',
  'error.articleView.failed': '申し訳ありません。記事の表示が動作を停止しました（{error}）。ページのほかの部分は引き続き使えます。',
  'error.articleView.reset': '記事の表示をリセット',
  'error.eventsList.failed': '申し訳ありません。出来事の一覧が動作を停止しました（{error}）。ページのほかの部分は引き続き使えます。',
  'error.eventsList.reset': '出来事の一覧をリセット',

  'timeline.heading': 'タイムライン',
  'timeline.zoom': 'ズーム',
  'timeline.zoomIn': '拡大',
  'timeline.zoomOut': '縮小',
  'timeline.fitAll': '全体を表示',
  'timeline.frame': '出来事のタイムライン',
  'timeline.marks': '画面上の出来事',
  'timeline.clusters': '出来事のまとまり',
  'timeline.help':
    'スクロールまたはピンチで拡大・縮小、ドラッグで移動、ダブルクリックで拡大します。フォーカスがあるときは、＋と−で拡大・縮小、矢印キーで移動、Homeで全体を表示します。Tabで出来事に移り、矢印キーで出来事の間を移動します。',
  'timeline.markedDate': 'リンクの日付：{date}',
  'timeline.overview': '概観：{range}のうち画面に表示されている部分',
  'mark.name.happened': '{label}：{title}、{date}',
  'mark.name.announced': '{label}：{title}、{date}、発表済み',
  'mark.name.planned': '{label}：{title}、{date}、計画段階',
  'mark.titled.happened': '{title}、{date}',
  'mark.titled.announced': '{title}、{date}、発表済み',
  'mark.titled.planned': '{title}、{date}、計画段階',
  'cluster.name': { other: '出来事{count}件、{span}。拡大すると表示されます' },
  'cluster.nameUndated': { other: '出来事{count}件。拡大すると表示されます' },
  'cluster.rounded': '{shown}：{name}',

  'legend.label': 'タイムラインの凡例',
  'legend.period': '期間',
  'legend.day': '日',
  'legend.span': '週・月・年',
  'legend.tentative': '発表済み・計画段階',
  'legend.bounded': '範囲のみ判明',
  'legend.ongoing': '報道時点で継続中',
  'legend.cluster': 'まとまり',
  'legend.link': '出典が示す関連',
  'legend.selected': '選択中',

  'embed.open': 'タイムライン全体を開く',
  'embed.newTab': '（新しいタブで開きます）',
};
