import { describe, expect, it } from 'vitest';
import { analyze, type Attributions, expectArticle, expectConsistent, expectContainsAll, expectContainsNone, expectNoQuoteContaining, expectSpeakers, itAttributes, quoteWith } from '../helpers';

const CLIMATE = `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>外交部：中方愿同各方加强气候合作 反对以气候为名的贸易壁垒 | 环球视点网</title>
</head>
<body>
  <header>
    <div class="logo">环球视点网</div>
    <nav><a href="/">首页</a> <a href="/world">国际</a> <a href="/china">国内</a> <a href="/finance">财经</a> <a href="/tech">科技</a></nav>
  </header>
  <div class="main">
    <article>
      <h1>外交部：中方愿同各方加强气候合作 反对以气候为名的贸易壁垒</h1>
      <div class="byline">本网记者 张晓雨 北京报道</div>
      <p>在今天下午举行的例行记者会上，外交部发言人陈立新表示：“中方愿同各方一道，推动全球气候治理朝着更加公平合理、合作共赢的方向发展。”</p>
      <p>近期，欧盟正式启动所谓“碳关税”机制的过渡期申报，引发多个发展中国家的担忧。被称为“绿色丝路”的多项清洁能源合作项目，目前已在东南亚和非洲陆续落地。</p>
      <p>“我们注意到，个别国家以应对气候变化为名，行贸易保护之实，这种做法不可取，也不会得逞。”陈立新说。</p>
      <p>他补充说：“中方将继续切实履行自己的承诺，按期实现碳达峰、碳中和目标，这一点不会因为外部压力而改变。”</p>
      <p>中国气候变化事务特使刘志强在接受本网记者专访时指出：“发展中国家真正需要的是资金和技术支持，而不是居高临下的说教。”</p>
      <p>发言人最后强调：“任何单边措施都无助于解决全球性问题，只会损害国际社会来之不易的互信。”</p>
      <p>“绿色转型不是选择题，而是每个国家都必须认真作答的必答题。”这句话近来在中文社交媒体上广为流传，引发网友热议。</p>
    </article>
    <aside class="hot">
      <h3>热门新闻</h3>
      <ul>
        <li><a href="/a">多地迎来今年首场强降雨 气象部门发布暴雨黄色预警</a></li>
        <li><a href="/b">新能源汽车出口量创历史新高 前十个月同比增长三成</a></li>
      </ul>
    </aside>
  </div>
  <footer>版权所有 © 2025 环球视点网 未经授权禁止转载 京ICP备12345678号</footer>
</body>
</html>`;

const POWER_SUPPLY_TW = `<!doctype html>
<html lang="zh-Hant-TW">
<head>
  <meta charset="utf-8">
  <title>經濟部長：今夏供電無虞 備轉容量率可維持一成以上 | 寶島日報</title>
</head>
<body>
  <header>
    <a href="/" class="brand">寶島日報</a>
    <nav><a href="/politics">政治</a> <a href="/life">生活</a> <a href="/world">國際</a> <a href="/money">財經</a></nav>
  </header>
  <article>
    <h1>經濟部長：今夏供電無虞 備轉容量率可維持一成以上</h1>
    <p>經濟部長王美玲今天上午在立法院備詢時表示：「今年夏天的備轉容量率可以維持在百分之十以上，民眾不必擔心缺電。」</p>
    <p>近年來用電需求隨著半導體產業擴廠快速成長，外界對所謂「綠電」供應是否跟得上產業需求多有疑慮，台電也在去年推出名為「節電大作戰」的宣導活動。</p>
    <p>「我們已經要求台電提前完成大型燃氣機組的歲修，尖峰時段不會出現備轉容量不足的情況。」王美玲說。</p>
    <p>她補充說：「離岸風電今年還會有三座風場陸續併網，再生能源發電占比到年底將提高到兩成左右。」</p>
    <p>不過，在野黨立委張志明則認為：「政府每年都說不會缺電，但去年夏天仍然發生兩次大規模停電，民眾很難再相信這些保證。」</p>
    <p>對此，部長回應：「去年的停電是電網設備故障造成的，與發電量不足無關，相關改善工程已經全部完成。」</p>
  </article>
  <aside>
    <h3>熱門新聞</h3>
    <ul>
      <li><a href="/x">颱風外圍環流影響 北部山區午後慎防豪雨</a></li>
      <li><a href="/y">台積電宣布擴大投資 高雄新廠明年量產</a></li>
    </ul>
  </aside>
  <footer>寶島日報 版權所有 © 2025 轉載請註明出處</footer>
</body>
</html>`;

/** Attribution rules on the simplified-Chinese page, each with the quotes that show it. */
const CLIMATE_ATTRIBUTIONS: Record<string, Attributions> = {
  'attributes a quote followed by the speaker (“…”陈立新说。)': [['个别国家以应对气候变化为名', '陈立新']],
  'continues the previous speaker after 他补充说': [['中方将继续切实履行自己的承诺', '陈立新']],
  'attributes a quote after a role, a name and 在…时指出': [['发展中国家真正需要的是资金和技术支持', '刘志强']],
  'resolves the descriptor 发言人 to the spokesman named earlier, not to the envoy in between': [['任何单边措施都无助于解决全球性问题', '陈立新']],
};

/** Attribution rules on the traditional-Chinese page, each with the quotes that show it. */
const POWER_SUPPLY_ATTRIBUTIONS: Record<string, Attributions> = {
  'attributes a quote followed by the speaker (「…」王美玲說。)': [['提前完成大型燃氣機組的歲修', '王美玲']],
  'continues the previous speaker after 她補充說': [['離岸風電今年還會有三座風場', '王美玲']],
  'attributes a quote to a legislator (立委張志明則認為：「…」)': [['政府每年都說不會缺電', '張志明']],
  'resolves the descriptor 部長 to the minister named earlier': [['去年的停電是電網設備故障造成的', '王美玲']],
};

describe('Chinese (simplified): foreign ministry briefing on climate', () => {
  const a = analyze(CLIMATE);

  it('is an article in Chinese, titled without the site name', () => {
    expectArticle(a, { lang: 'zh', dir: 'ltr', title: '外交部：中方愿同各方加强气候合作 反对以气候为名的贸易壁垒' });
  });

  it('keeps the article body and leaves out navigation, hot news and footer', () => {
    expectContainsAll(a.text, ['欧盟正式启动所谓']);
    expectContainsNone(a.text, ['热门新闻', '暴雨黄色预警', '版权所有', '京ICP备']);
  });

  it('attributes a quote introduced by the speaker (外交部发言人陈立新表示：“…”)', () => {
    const q = quoteWith(a, '中方愿同各方一道');
    expect(q.text).toMatch(/^中方愿同各方一道，推动全球气候治理朝着更加公平合理、合作共赢的方向发展。?$/);
    expect(q.speaker).toBe('陈立新');
  });

  itAttributes(a, CLIMATE_ATTRIBUTIONS);

  it('does not take scare quotes and quoted names for quotations', () => {
    expectNoQuoteContaining(a, ['碳关税', '绿色丝路']);
  });

  it('names no one with confidence for a quote opening a paragraph with no cue, which the next sentence talks about', () => {
    const q = quoteWith(a, '绿色转型不是选择题');
    expect(q.speaker === null || q.doubtful, `${q.speaker} (${q.confidence})`).toBe(true);
  });

  it('lists each person once, with the right number of quotes (a doubtful one counted)', () => {
    const doubtful = quoteWith(a, '绿色转型不是选择题').speaker === '陈立新' ? 1 : 0;
    expectSpeakers(a, [
      { find: '陈立新', name: '陈立新', quotes: 4 + doubtful },
      { find: '刘志强', name: '刘志强', quotes: 1 },
    ]);
    expectConsistent(a);
  });
});

describe('Chinese (traditional, Taiwan): minister on summer power supply, 「」 quotes', () => {
  const a = analyze(POWER_SUPPLY_TW);

  it('is an article in Chinese (zh, whatever the region subtag), titled without the site name', () => {
    expectArticle(a, { lang: 'zh', dir: 'ltr', title: '經濟部長：今夏供電無虞 備轉容量率可維持一成以上' });
    expectContainsNone(a.text, ['熱門新聞', '轉載請註明出處']);
  });

  it('attributes a 「」 quote introduced by the speaker (經濟部長王美玲今天…表示：「…」)', () => {
    const q = quoteWith(a, '今年夏天的備轉容量率');
    expect(q.text).toMatch(/^今年夏天的備轉容量率可以維持在百分之十以上，民眾不必擔心缺電。?$/);
    expect(q.speaker).toBe('王美玲');
  });

  itAttributes(a, POWER_SUPPLY_ATTRIBUTIONS);

  it('does not take scare quotes and campaign names for quotations', () => {
    expectNoQuoteContaining(a, ['綠電', '節電大作戰']);
  });

  it('lists each person once, with the right number of quotes', () => {
    expectSpeakers(a, [
      { find: '王美玲', name: '王美玲', quotes: 4 },
      { find: '張志明', name: '張志明', quotes: 1 },
    ]);
    expectConsistent(a);
  });
});
