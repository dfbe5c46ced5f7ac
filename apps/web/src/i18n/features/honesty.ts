/**
 * Honest about risk (issue 15): the loss warning shown wherever the web invites an investment,
 * the terms a backer must know, the team, the legal pages and the sign-up acceptance. The
 * warning follows the wording UK crowdfunding platforms (Seedrs, Crowdcube) must use.
 */
/**
 * What the home page and every page's frame show (the loss warning, the footer's legal links,
 * the submit-time field errors): always loaded, with the rest added by the pages that show it
 * (i18n/bundles/honesty.ts).
 */
export const honestyCoreEn = {
  warning: {
    title: 'You could lose all the money you invest',
    body: 'Don’t invest unless you’re prepared to lose all the money you invest. Backing a small business is high risk: most fail, shares are hard to sell and may be diluted, dividends and interest are not guaranteed, and nobody compensates you if the company fails. Only invest what you can afford to lose, and spread it across several businesses.',
    reward:
      'A reward pledge is not a purchase from a shop: the project can be late, change, or fail to deliver, and once funds are released they may not be recoverable.',
    learnMore: 'Read the risk statement',
  },
  validation: {
    requiredToSubmit: 'Needed before you submit for review.',
    tooShortToSubmit: 'Write at least {{min}} characters before you submit for review.',
  },
  footer: {
    legal: 'Legal',
    terms: 'Terms of use',
    privacy: 'Privacy',
    contact: 'Contact',
    risks: 'Risk statement',
  },
};

export const honestyEn = {
  backerTerms: {
    heading: 'What you must know before investing',
    notStated: 'Not stated by the founder.',
    shares: {
      voting: 'Voting rights',
      votingRights: {
        full: 'Each share carries a vote at shareholder meetings.',
        limited: 'These shares vote only on some matters (as set out in the company’s articles).',
        none: 'These shares carry no vote: you will have no say in how the company is run.',
      },
      holding: 'How your shares are held',
      holdings: {
        direct: 'Directly: you are entered in the company’s register of shareholders in your own name.',
        nominee:
          'Through a nominee ({{nominee}}), which is the registered holder on your behalf. You keep the economic rights; how you can vote depends on the nominee’s terms.',
      },
      dilution: 'Dilution',
      dilutionBody:
        'If the company issues more shares later (another funding round, options for staff), your percentage of the company falls, and the value of your shares may too. You are not guaranteed the right to buy new shares.',
      resale: 'Selling your shares',
      resaleBody:
        'There is no market for these shares. You may have to hold them for many years, or never be able to sell them. A return usually comes only if the company is sold or lists on a stock exchange, which few small companies do.',
    },
    bonds: {
      security: 'Security',
      secured: 'Secured: {{security}}',
      unsecured:
        'Unsecured: nothing is pledged to bond holders. If the company fails, you are paid only after secured creditors, and often not at all.',
      late: 'Late payment and default',
      lateFixed:
        'An instalment not paid on its due date is marked late on this page and in your portfolio; one still unpaid after the grace period is marked defaulted. Crowdstake does not pay instalments in the company’s place.',
      lateFounder: 'What the company commits to:',
      early: 'Early repayment',
      earlyRepayments: {
        allowed:
          'The company may repay early. You then receive the outstanding principal and interest to that day, and no interest after it.',
        not_allowed: 'The company may not repay before the end of the term.',
      },
    },
  },
  wizard: {
    heading: 'What backers must know',
    secured: 'Is the bond secured?',
    securedYes: 'Yes, on something the company owns',
    securedNo: 'No, it is unsecured',
    security: 'What secures it',
    securityDescription: 'The asset pledged to bond holders and how they would be paid from it.',
    earlyRepayment: 'May the company repay early?',
    earlyRepayments: {
      allowed: 'Yes, with interest to the day of repayment',
      not_allowed: 'No, only at the end of the term',
    },
    latePayment: 'Late payment and default',
    latePaymentDescription:
      'What happens if an instalment is late or the company cannot pay: late interest, when the bond counts as in default, what holders can do. Needed before you submit.',
    votingRights: 'Voting rights of these shares',
    votingRightsOptions: { full: 'A vote per share', limited: 'A vote on some matters only', none: 'No vote' },
    holding: 'How backers hold the shares',
    holdings: {
      direct: 'Directly, in the register in their own name',
      nominee: 'Through a nominee that holds them for backers',
    },
    nominee: 'Nominee',
    nomineeDescription: 'Who holds the shares for backers, and how backers can vote through it.',
  },
  companyTeam: {
    title: 'The team',
    lead: 'The people behind the company, shown to backers on your campaign pages. Backers invest in people as much as in plans.',
    person: 'Person {{number}}',
    remove: 'Remove person {{number}}',
    name: 'Name',
    role: 'Role',
    bio: 'Short bio',
    bioDescription: 'What they have done before and what they do here; up to 600 characters.',
    add: 'Add a person',
  },
  team: {
    heading: 'The team',
    none: 'The company has not listed its team.',
  },
  risksMissing: 'The founder has not described the risks of this campaign. Treat that as a risk in itself.',
  checklist: {
    missing: 'Missing: add it before you submit.',
    reviewer: 'Checked by the reviewer against your documents.',
  },
  signUp: {
    accept:
      'I accept the <terms>terms of use</terms> and have read the <risks>risk statement</risks>: I could lose all the money I invest.',
    acceptRequired: 'Accept the terms of use and the risk statement to create your account.',
  },
  legal: {
    updated: 'Last updated {{date}}',
    terms: {
      title: 'Terms of use',
      lead: 'These terms govern your use of Crowdstake. Please read them with the risk statement below: they are short, and they matter.',
      sections: [
        {
          heading: 'What Crowdstake is',
          body: 'Crowdstake is open-source software that lets small businesses raise money from the public through reward, bond and share campaigns. We review each campaign before it is listed, hold pledges in escrow through our payment processor (Stripe), and release or refund them by the rules shown on each campaign. We do not give investment advice and do not recommend any campaign.',
        },
        {
          heading: 'Your account',
          body: 'You must give true information and keep your password to yourself. Backers investing in bonds or shares must state their income and net worth truthfully; we use them to apply investment limits. We may suspend an account that gives false information.',
        },
        {
          heading: 'Pledges and refunds',
          body: 'Funding is all or nothing: if a campaign does not reach its goal by its deadline, every pledge is refunded in full. You can cancel a pledge within the cancellation window shown on the campaign. Once a campaign succeeds and funds are released, they belong to the company; we cannot return them.',
        },
        {
          heading: 'Founders',
          body: 'Founders are responsible for everything they publish: company details, financials, risks, use of funds and terms. False or misleading information leads to rejection, cancellation of the campaign with refunds where money is still held, and suspension.',
        },
        {
          heading: 'Liability',
          body: 'We check campaigns carefully but cannot guarantee that a company tells the truth or will succeed. Crowdstake is not liable for a company’s failure to deliver rewards, pay interest, repay principal or create value for shareholders.',
        },
      ],
    },
    risks: {
      heading: 'Risk statement',
      items: [
        'Loss of investment: most small businesses fail. You could lose all the money you invest in a bond or in shares.',
        'Illiquidity: shares and bonds bought here cannot easily be sold; expect to hold them to the end of the term, or indefinitely.',
        'Dilution: later share issues can reduce your percentage of the company.',
        'No dividends or late interest: shares rarely pay dividends, and a company may pay bond interest late or not at all.',
        'No compensation scheme: your investment is not a deposit and no government scheme protects it.',
        'A risk grade is an opinion computed from what the company told us, not a promise; even grade A can fail.',
        'Spread your money: invest only what you can afford to lose, across several businesses.',
      ],
    },
    privacy: {
      title: 'Privacy',
      lead: 'What we collect, why, and what you can ask of us.',
      sections: [
        {
          heading: 'What we collect',
          body: 'Your name, email address and a hash of your password; for backers who invest, the income and net worth you state; for founders, company details, financials, documents and the founder’s identity. Card details go to Stripe, never to us.',
        },
        {
          heading: 'Why',
          body: 'To run your account, apply investment limits, review campaigns and prevent fraud, and keep the ledger and audit records the law and our rules require. We never sell your data and send no data to advertisers.',
        },
        {
          heading: 'Who sees it',
          body: 'The public sees only what a campaign page shows: the company’s public profile, its team as the founder lists it, and documents marked public. Registration numbers, financial figures, identity documents and investor profiles are seen only by the company’s owner and our staff. Founders see how many backers they have, not who they are, except as needed to issue shares.',
        },
        {
          heading: 'Your rights',
          body: 'You can ask for a copy of your data, its correction or its deletion, except records we must keep (ledger entries and audit logs are kept as long as the law requires). Write to us at the contact address below.',
        },
      ],
    },
    contact: {
      title: 'Contact',
      lead: 'We answer within two working days.',
      general: 'Questions about a campaign or your account',
      generalBody: 'support@crowdstake.example',
      complaints: 'Complaints',
      complaintsBody:
        'complaints@crowdstake.example. Tell us what happened and what you expect; we acknowledge within two working days and answer in full within eight weeks.',
      fraud: 'Report a campaign you believe is false or misleading',
      fraudBody:
        'report@crowdstake.example. Reports are read by our reviewers; the campaign’s founder is not told who reported it.',
      security: 'Security',
      securityBody:
        'security@crowdstake.example, for vulnerabilities in the platform (see SECURITY in the repository).',
      address: 'Crowdstake is open-source software: whoever runs this instance answers at these addresses.',
    },
  },
};

type Messages = typeof honestyEn;
type CoreMessages = typeof honestyCoreEn;
type Widen<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? Widen<U>[]
    : { [K in keyof T]: Widen<T[K]> };

export const honestyZhCN: Widen<Messages> = {
  backerTerms: {
    heading: '投资前您必须了解的条款',
    notStated: '创业者未说明。',
    shares: {
      voting: '投票权',
      votingRights: {
        full: '每股在股东大会上享有一票表决权。',
        limited: '这些股份仅对部分事项享有表决权（以公司章程为准）。',
        none: '这些股份没有表决权：您对公司的经营没有发言权。',
      },
      holding: '股份的持有方式',
      holdings: {
        direct: '直接持有：您以本人名义登记在公司股东名册上。',
        nominee:
          '通过代持人（{{nominee}}）持有，由其代您登记为股东。您保留经济权益；您能否以及如何表决取决于代持条款。',
      },
      dilution: '股权稀释',
      dilutionBody:
        '如果公司日后增发股份（新一轮融资、员工期权），您在公司中的持股比例会下降，股份价值也可能下降。您不一定有权认购新股。',
      resale: '出售股份',
      resaleBody:
        '这些股份没有交易市场。您可能需要持有多年，也可能永远无法出售。通常只有公司被收购或上市时才有回报，而很少有小企业能做到。',
    },
    bonds: {
      security: '担保',
      secured: '有担保：{{security}}',
      unsecured:
        '无担保：没有任何资产抵押给债权持有人。公司失败时，您的受偿顺序排在有担保债权人之后，往往无法获得任何偿付。',
      late: '逾期与违约',
      lateFixed:
        '到期未付的分期会在本页和您的投资组合中标记为逾期；宽限期后仍未支付的标记为违约。Crowdstake 不会代替公司支付分期款项。',
      lateFounder: '公司的承诺：',
      early: '提前还款',
      earlyRepayments: {
        allowed: '公司可以提前还款。届时您将收到未偿本金及截至当日的利息，此后不再计息。',
        not_allowed: '公司不得在期限届满前还款。',
      },
    },
  },
  wizard: {
    heading: '支持者必须了解的条款',
    secured: '债权是否有担保？',
    securedYes: '有，以公司的资产作担保',
    securedNo: '没有，为无担保债权',
    security: '担保物',
    securityDescription: '抵押给债权持有人的资产，以及如何用它偿付持有人。',
    earlyRepayment: '公司可否提前还款？',
    earlyRepayments: { allowed: '可以，利息计至还款当日', not_allowed: '不可以，仅在期限届满时还款' },
    latePayment: '逾期与违约',
    latePaymentDescription:
      '分期逾期或公司无力偿还时会发生什么：逾期利息、何时视为违约、持有人可以采取哪些措施。提交审核前需要填写。',
    votingRights: '这些股份的投票权',
    votingRightsOptions: { full: '每股一票', limited: '仅对部分事项有投票权', none: '无投票权' },
    holding: '支持者如何持有股份',
    holdings: { direct: '直接持有，以本人名义登记在股东名册上', nominee: '通过代持人代为持有' },
    nominee: '代持人',
    nomineeDescription: '谁为支持者代持股份，以及支持者如何通过代持人行使表决权。',
  },
  companyTeam: {
    title: '团队',
    lead: '公司背后的人，会在您的项目页面上向支持者展示。支持者投资计划，也投资于人。',
    person: '成员 {{number}}',
    remove: '移除成员 {{number}}',
    name: '姓名',
    role: '职务',
    bio: '简介',
    bioDescription: '此前的经历以及在公司中的职责；不超过 600 个字符。',
    add: '添加成员',
  },
  team: {
    heading: '团队',
    none: '公司尚未列出团队成员。',
  },
  risksMissing: '创业者没有说明本项目的风险。这本身就是一种风险。',
  checklist: {
    missing: '缺失：提交前请补充。',
    reviewer: '由审核员对照您的文件核查。',
  },
  signUp: {
    accept: '我接受<terms>使用条款</terms>，并已阅读<risks>风险提示</risks>：我可能损失全部投资。',
    acceptRequired: '请接受使用条款和风险提示后再创建账户。',
  },
  legal: {
    updated: '最后更新：{{date}}',
    terms: {
      title: '使用条款',
      lead: '本条款约束您对 Crowdstake 的使用。请与下方的风险提示一起阅读：内容不长，但很重要。',
      sections: [
        {
          heading: 'Crowdstake 是什么',
          body: 'Crowdstake 是一款开源软件，帮助小微企业通过回报、债权和股权项目向公众筹集资金。每个项目上线前都经过我们的审核；支持资金通过支付服务商（Stripe）托管，并按照各项目页面所示的规则拨付或退还。我们不提供投资建议，也不推荐任何项目。',
        },
        {
          heading: '您的账户',
          body: '您必须提供真实信息，并妥善保管密码。投资债权或股权的支持者必须如实申报收入和净资产，我们据此执行投资额度限制。提供虚假信息的账户可能被暂停。',
        },
        {
          heading: '支持与退款',
          body: '筹款实行“全有或全无”：项目在截止时未达目标，所有支持资金全额退还。您可以在项目所示的可撤销期内取消支持。项目成功且资金拨付后，资金归公司所有，我们无法退还。',
        },
        {
          heading: '创业者',
          body: '创业者对其发布的全部内容负责：公司信息、财务数据、风险、资金用途和条款。虚假或误导性信息将导致项目被拒绝或取消（仍托管的资金将退还），并可能导致账户被暂停。',
        },
        {
          heading: '责任',
          body: '我们认真审核每个项目，但无法保证公司所言属实或一定成功。对于公司未能交付回报、支付利息、偿还本金或为股东创造价值，Crowdstake 不承担责任。',
        },
      ],
    },
    risks: {
      heading: '风险提示',
      items: [
        '投资损失：大多数小微企业会失败。您投资于债权或股权的资金可能全部损失。',
        '流动性差：在这里购买的股份和债权难以出售；请做好持有至期满或无限期持有的准备。',
        '股权稀释：公司日后增发股份会降低您的持股比例。',
        '无股息或利息逾期：股份很少派发股息，公司可能延期支付甚至不支付债权利息。',
        '无赔偿保障：您的投资不是存款，没有任何政府保障计划保护它。',
        '风险等级是根据公司提供的信息计算出的评估意见，而非承诺；即使是 A 级也可能失败。',
        '分散投资：只投入您能承受损失的金额，并分散于多家企业。',
      ],
    },
    privacy: {
      title: '隐私',
      lead: '我们收集什么、为什么收集，以及您可以要求我们做什么。',
      sections: [
        {
          heading: '我们收集什么',
          body: '您的姓名、电子邮箱和密码的哈希值；进行投资的支持者所申报的收入和净资产；创业者的公司信息、财务数据、文件及创业者身份信息。银行卡信息直接交给 Stripe，从不经过我们。',
        },
        {
          heading: '为什么收集',
          body: '用于运行您的账户、执行投资额度限制、审核项目和防范欺诈，并保存法律和平台规则要求的账本与审计记录。我们从不出售您的数据，也不向广告商发送任何数据。',
        },
        {
          heading: '谁能看到',
          body: '公众只能看到项目页面展示的内容：公司的公开资料、创业者列出的团队以及标记为公开的文件。注册号、财务数据、身份证件和投资者资料仅公司所有者和我们的工作人员可见。创业者只能看到支持者的人数，而不是具体是谁（发行股份所需的除外）。',
        },
        {
          heading: '您的权利',
          body: '您可以要求获取、更正或删除您的数据，但我们必须保存的记录除外（账本分录和审计日志按法律要求的期限保存）。请通过下方的联系地址与我们联系。',
        },
      ],
    },
    contact: {
      title: '联系我们',
      lead: '我们会在两个工作日内回复。',
      general: '关于项目或账户的问题',
      generalBody: 'support@crowdstake.example',
      complaints: '投诉',
      complaintsBody:
        'complaints@crowdstake.example。请告诉我们发生了什么以及您的期望；我们会在两个工作日内确认收到，并在八周内完整答复。',
      fraud: '举报您认为虚假或误导的项目',
      fraudBody: 'report@crowdstake.example。举报由我们的审核员阅读；项目创业者不会得知举报人是谁。',
      security: '安全',
      securityBody: 'security@crowdstake.example，用于报告平台漏洞（见代码仓库中的 SECURITY 说明）。',
      address: 'Crowdstake 是开源软件：运营本站点的一方通过以上地址答复。',
    },
  },
};

export const honestyCoreZhCN: Widen<CoreMessages> = {
  warning: {
    title: '您可能损失全部投资',
    body: '如果您不准备承受全部投资的损失，请不要投资。支持小微企业风险很高：大多数小企业会失败，股份难以转让且可能被稀释，股息和利息均无保证，企业失败时也没有任何人向您赔偿。请只投入您能承受损失的金额，并分散投资于多家企业。',
    reward: '回报型支持不是在商店购物：项目可能延期、变更或无法交付，资金一旦拨付，可能无法追回。',
    learnMore: '阅读风险提示',
  },
  validation: {
    requiredToSubmit: '提交审核前需要填写。',
    tooShortToSubmit: '提交审核前请至少写 {{min}} 个字符。',
  },
  footer: {
    legal: '法律信息',
    terms: '使用条款',
    privacy: '隐私',
    contact: '联系我们',
    risks: '风险提示',
  },
};
