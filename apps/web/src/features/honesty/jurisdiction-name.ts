/**
 * A company's jurisdiction as a reader says it: "Oregon, United States" rather than "US-OR".
 * Jurisdictions are free text; an ISO 3166 country code ("DE") or subdivision code ("US-OR")
 * is named in the reader's language (countries through Intl.DisplayNames, subdivisions from the
 * table below), and anything else ("England and Wales") is shown as the founder wrote it.
 */
type Names = Record<string, readonly [en: string, zh: string]>;

const SUBDIVISIONS: Record<string, Names> = {
  US: {
    AL: ['Alabama', '阿拉巴马州'],
    AK: ['Alaska', '阿拉斯加州'],
    AZ: ['Arizona', '亚利桑那州'],
    AR: ['Arkansas', '阿肯色州'],
    CA: ['California', '加利福尼亚州'],
    CO: ['Colorado', '科罗拉多州'],
    CT: ['Connecticut', '康涅狄格州'],
    DE: ['Delaware', '特拉华州'],
    DC: ['District of Columbia', '哥伦比亚特区'],
    FL: ['Florida', '佛罗里达州'],
    GA: ['Georgia', '佐治亚州'],
    HI: ['Hawaii', '夏威夷州'],
    ID: ['Idaho', '爱达荷州'],
    IL: ['Illinois', '伊利诺伊州'],
    IN: ['Indiana', '印第安纳州'],
    IA: ['Iowa', '艾奥瓦州'],
    KS: ['Kansas', '堪萨斯州'],
    KY: ['Kentucky', '肯塔基州'],
    LA: ['Louisiana', '路易斯安那州'],
    ME: ['Maine', '缅因州'],
    MD: ['Maryland', '马里兰州'],
    MA: ['Massachusetts', '马萨诸塞州'],
    MI: ['Michigan', '密歇根州'],
    MN: ['Minnesota', '明尼苏达州'],
    MS: ['Mississippi', '密西西比州'],
    MO: ['Missouri', '密苏里州'],
    MT: ['Montana', '蒙大拿州'],
    NE: ['Nebraska', '内布拉斯加州'],
    NV: ['Nevada', '内华达州'],
    NH: ['New Hampshire', '新罕布什尔州'],
    NJ: ['New Jersey', '新泽西州'],
    NM: ['New Mexico', '新墨西哥州'],
    NY: ['New York', '纽约州'],
    NC: ['North Carolina', '北卡罗来纳州'],
    ND: ['North Dakota', '北达科他州'],
    OH: ['Ohio', '俄亥俄州'],
    OK: ['Oklahoma', '俄克拉何马州'],
    OR: ['Oregon', '俄勒冈州'],
    PA: ['Pennsylvania', '宾夕法尼亚州'],
    RI: ['Rhode Island', '罗得岛州'],
    SC: ['South Carolina', '南卡罗来纳州'],
    SD: ['South Dakota', '南达科他州'],
    TN: ['Tennessee', '田纳西州'],
    TX: ['Texas', '得克萨斯州'],
    UT: ['Utah', '犹他州'],
    VT: ['Vermont', '佛蒙特州'],
    VA: ['Virginia', '弗吉尼亚州'],
    WA: ['Washington', '华盛顿州'],
    WV: ['West Virginia', '西弗吉尼亚州'],
    WI: ['Wisconsin', '威斯康星州'],
    WY: ['Wyoming', '怀俄明州'],
  },
  GB: {
    ENG: ['England', '英格兰'],
    SCT: ['Scotland', '苏格兰'],
    WLS: ['Wales', '威尔士'],
    NIR: ['Northern Ireland', '北爱尔兰'],
  },
  CA: {
    AB: ['Alberta', '艾伯塔省'],
    BC: ['British Columbia', '不列颠哥伦比亚省'],
    MB: ['Manitoba', '马尼托巴省'],
    NB: ['New Brunswick', '新不伦瑞克省'],
    NL: ['Newfoundland and Labrador', '纽芬兰与拉布拉多省'],
    NS: ['Nova Scotia', '新斯科舍省'],
    ON: ['Ontario', '安大略省'],
    PE: ['Prince Edward Island', '爱德华王子岛省'],
    QC: ['Quebec', '魁北克省'],
    SK: ['Saskatchewan', '萨斯喀彻温省'],
    NT: ['Northwest Territories', '西北地区'],
    NU: ['Nunavut', '努纳武特地区'],
    YT: ['Yukon', '育空地区'],
  },
  AU: {
    NSW: ['New South Wales', '新南威尔士州'],
    VIC: ['Victoria', '维多利亚州'],
    QLD: ['Queensland', '昆士兰州'],
    WA: ['Western Australia', '西澳大利亚州'],
    SA: ['South Australia', '南澳大利亚州'],
    TAS: ['Tasmania', '塔斯马尼亚州'],
    ACT: ['Australian Capital Territory', '澳大利亚首都领地'],
    NT: ['Northern Territory', '北领地'],
  },
  CN: {
    BJ: ['Beijing', '北京市'],
    SH: ['Shanghai', '上海市'],
    TJ: ['Tianjin', '天津市'],
    CQ: ['Chongqing', '重庆市'],
    GD: ['Guangdong', '广东省'],
    ZJ: ['Zhejiang', '浙江省'],
    JS: ['Jiangsu', '江苏省'],
    SC: ['Sichuan', '四川省'],
    FJ: ['Fujian', '福建省'],
    SD: ['Shandong', '山东省'],
    HB: ['Hubei', '湖北省'],
    HN: ['Hunan', '湖南省'],
  },
};

const CODE = /^([A-Z]{2})(?:-([A-Z0-9]{1,3}))?$/;

function countryName(country: string, locale: string): string | undefined {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(country);
    return name ?? undefined;
  } catch {
    return undefined;
  }
}

export function jurisdictionName(jurisdiction: string, locale: string): string {
  const match = CODE.exec(jurisdiction.trim().toUpperCase());
  if (!match) return jurisdiction;
  const [, countryCode, subdivisionCode] = match as unknown as [string, string, string | undefined];
  const country = countryName(countryCode, locale);
  if (!country) return jurisdiction;
  if (!subdivisionCode) return country;
  const names = SUBDIVISIONS[countryCode]?.[subdivisionCode];
  if (!names) return jurisdiction;
  const chinese = locale.toLowerCase().startsWith('zh');
  // Chinese names run from the larger place to the smaller, without a comma: 美国俄勒冈州.
  return chinese ? `${country}${names[1]}` : `${names[0]}, ${country}`;
}
