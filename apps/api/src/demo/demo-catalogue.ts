import type { CampaignType, CompanyCreateInput, DocumentKind } from '@crowdstake/domain';

type Rgb = [number, number, number];

export interface DemoCompany {
  key: string;
  founder: 'founder' | 'founder2';
  profile: Omit<CompanyCreateInput, 'currency'> & { currency: 'USD' };
  documents: { kind: DocumentKind; public: boolean }[];
}

/** Where a demo campaign should end up, and how: through review as a person would take it. */
export type DemoOutcome =
  'draft' | 'submitted' | 'in_review' | 'changes_requested' | 'rejected' | 'approved' | 'live' | 'succeeded' | 'failed';

export interface DemoCampaign {
  company: string;
  type: CampaignType;
  outcome: DemoOutcome;
  title: string;
  summary: string;
  description: string;
  risks: string;
  useOfFunds: string;
  goal: number;
  maxAmount?: number;
  /** Days from now; negative starts are in the past (the campaign goes live at approval). */
  startsInDays: number;
  runsForDays: number;
  terms: (deliveryMonth: string) => Record<string, unknown>;
  cover: [Rgb, Rgb];
  reasons?: string;
}

const identity = (fullName: string, idDocumentNumber: string, dateOfBirth: string) => ({
  fullName,
  idDocumentNumber,
  dateOfBirth,
  nationality: 'US',
});

export const DEMO_COMPANIES: DemoCompany[] = [
  {
    key: 'bakery',
    founder: 'founder',
    profile: {
      legalName: 'Harbour Bakery Ltd',
      registrationNumber: 'DE-4417-2016',
      jurisdiction: 'US-DE',
      foundedOn: '2016-03-14',
      industry: 'food_and_beverage',
      website: 'https://harbour-bakery.example',
      employees: 14,
      annualRevenue: 92_000_000,
      totalDebt: 6_500_000,
      currency: 'USD',
      founderIdentity: identity('Mei Chen', 'P4417201', '1984-05-02'),
      team: [
        { name: 'Mei Chen', role: 'Founder and head baker', bio: 'Trained in Lyon; opened Harbour Bakery in 2016.' },
        { name: 'Tom Reyes', role: 'Operations', bio: 'Ran the kitchens of two hotels before joining in 2019.' },
      ],
    },
    documents: [
      { kind: 'business_licence', public: true },
      { kind: 'financial_statements', public: true },
      { kind: 'identity', public: false },
    ],
  },
  {
    key: 'brewery',
    founder: 'founder',
    profile: {
      legalName: 'Millbrook Brewing Co.',
      registrationNumber: 'OR-88213',
      jurisdiction: 'US-OR',
      foundedOn: '2019-09-01',
      industry: 'food_and_beverage',
      website: 'https://millbrook-brewing.example',
      employees: 9,
      annualRevenue: 48_000_000,
      totalDebt: 12_000_000,
      currency: 'USD',
      founderIdentity: identity('Mei Chen', 'P4417201', '1984-05-02'),
      team: [
        { name: 'Mei Chen', role: 'Co-founder', bio: 'Also runs Harbour Bakery; handles the brewery’s finances.' },
        { name: 'Ada Novak', role: 'Co-founder and head brewer', bio: 'Ten years brewing in Portland.' },
      ],
    },
    documents: [
      { kind: 'business_licence', public: true },
      { kind: 'financial_statements', public: false },
    ],
  },
  {
    key: 'cycles',
    founder: 'founder2',
    profile: {
      legalName: 'Lumen Cycles Inc.',
      registrationNumber: 'CA-5520981',
      jurisdiction: 'US-CA',
      foundedOn: '2017-06-20',
      industry: 'transport',
      website: 'https://lumen-cycles.example',
      employees: 22,
      annualRevenue: 180_000_000,
      totalDebt: 30_000_000,
      currency: 'USD',
      founderIdentity: identity('Luis Ortega', 'P9932111', '1979-11-23'),
      team: [
        { name: 'Luis Ortega', role: 'Founder and CEO', bio: 'Mechanical engineer; built his first e-bike in 2012.' },
        {
          name: 'Priya Nair',
          role: 'Head of production',
          bio: 'Led assembly lines at a bicycle maker for eight years.',
        },
        { name: 'Sam Okafor', role: 'Finance', bio: 'Chartered accountant, part time since 2020.' },
      ],
    },
    documents: [
      { kind: 'business_licence', public: true },
      { kind: 'financial_statements', public: true },
      { kind: 'identity', public: false },
    ],
  },
  {
    key: 'ceramics',
    founder: 'founder2',
    profile: {
      legalName: 'Kite & Clay Ceramics LLC',
      registrationNumber: 'NY-2026-0412',
      jurisdiction: 'US-NY',
      foundedOn: '2026-07-01',
      industry: 'creative',
      employees: 2,
      annualRevenue: 0,
      totalDebt: 1_500_000,
      currency: 'USD',
      team: [
        {
          name: 'Jo Park',
          role: 'Founder and potter',
          bio: 'Taught ceramics for six years before opening the studio.',
        },
      ],
    },
    documents: [],
  },
];

/** What the demo bonds say happens when a payment is late or the company defaults. */
const LATE_PAYMENT =
  'A late instalment carries 2% a year extra interest until paid. After 60 days late the bond is in default: ' +
  'the whole amount falls due and the platform tells every holder what the company can still pay.';

const tiers = (items: [string, string, number, number | undefined][]) => (deliveryMonth: string) => ({
  tiers: items.map(([title, description, price, quantity]) => ({
    title,
    description,
    price,
    ...(quantity ? { quantity } : {}),
    estimatedDelivery: deliveryMonth,
  })),
  allowDonations: true,
});

export const DEMO_CAMPAIGNS: DemoCampaign[] = [
  {
    company: 'bakery',
    type: 'reward',
    outcome: 'live',
    title: 'A second oven for Harbour Bakery',
    summary: 'We sell out by noon every day. A second deck oven lets the neighbourhood have fresh bread all day long.',
    description:
      '## Why a second oven\n\nFor two years our sourdough has sold out before lunch. One more deck oven doubles what we can bake, and keeps two more bakers in work.\n\n## What happens with your pledge\n\nIt is held in escrow until we reach the goal. If we do not, you get every cent back.',
    risks: 'Oven deliveries can slip by a few weeks; we have a second supplier lined up. Our rent is fixed until 2029.',
    useOfFunds: 'Deck oven 70%, installation and ventilation 20%, training 10%.',
    goal: 2_500_000,
    maxAmount: 4_000_000,
    startsInDays: -3,
    runsForDays: 35,
    terms: tiers([
      ['A loaf a week', 'One sourdough loaf every week for a month.', 2_500, 200],
      ['Baking class', 'An evening in the bakery with our head baker.', 9_000, 24],
      ['Name a bread', 'Your name on a bread on our board for a year.', 25_000, 5],
    ]),
    cover: [
      [214, 122, 54],
      [120, 53, 15],
    ],
  },
  {
    company: 'cycles',
    type: 'bond',
    outcome: 'live',
    title: 'Electric cargo bikes for Lumen Cycles',
    summary:
      'Lend to a profitable bike maker at 6.5% a year, repaid monthly over two years, to build 40 cargo bikes for local delivery firms.',
    description:
      '## The order book\n\nThree delivery firms have signed letters of intent for 40 cargo bikes. We need working capital for frames and batteries before they pay on delivery.\n\n## How you are repaid\n\nMonthly instalments of principal and interest over 24 months, starting one month after the campaign closes.',
    risks:
      'Battery prices move; our supplier has fixed prices until the end of next year. Two of the three delivery firms ' +
      'have only signed letters of intent: if they do not order, we sell the bikes to shops at lower margins. ' +
      'A bond is a loan to a small company: if we fail, you may lose some or all of your money.',
    useOfFunds: 'Frames and batteries 80%, assembly 15%, certification 5%.',
    goal: 6_000_000,
    maxAmount: 12_000_000,
    startsInDays: -5,
    runsForDays: 45,
    terms: () => ({
      annualRateBps: 650,
      termMonths: 24,
      repayment: 'amortizing',
      denomination: 10_000,
      minUnits: 1,
      secured: true,
      security: 'A first charge over the bikes built with the money until they are paid for by the delivery firms.',
      earlyRepayment: 'allowed',
      latePayment: LATE_PAYMENT,
    }),
    cover: [
      [36, 99, 235],
      [14, 48, 110],
    ],
  },
  {
    company: 'brewery',
    type: 'shareholding',
    outcome: 'live',
    title: 'Community shares in Millbrook Brewing',
    summary: 'Own part of your local brewery: 40,000 common shares at $5.00, for 6.25% of the company.',
    description:
      '## Brewed here, owned here\n\nWe are opening ownership of Millbrook Brewing to our neighbours. Shareholders get a vote at the annual meeting and a share of any dividends.\n\n## Why now\n\nA second fermentation line lets us supply three more towns.',
    risks:
      'Shares in a small company are hard to sell and may lose all their value. Dividends are not guaranteed. ' +
      'The second line depends on a permit that the county has not yet granted, and hop prices can rise sharply ' +
      'after a poor harvest. Later share issues would dilute your stake.',
    useOfFunds: 'Fermentation line 60%, cold storage 25%, marketing 15%.',
    goal: 10_000_000,
    startsInDays: -2,
    runsForDays: 60,
    terms: () => ({
      shareClass: 'Common',
      pricePerShare: 500,
      preMoneyValuation: 300_000_000,
      sharesOffered: 40_000,
      minShares: 20,
      votingRights: 'full',
      holding: 'direct',
    }),
    cover: [
      [202, 138, 4],
      [113, 63, 18],
    ],
  },
  {
    company: 'cycles',
    type: 'bond',
    outcome: 'approved',
    title: 'A repair workshop for Lumen Cycles',
    summary:
      'A bullet bond at 5% a year for three years to open a repair workshop; interest monthly, principal back at the end.',
    description: '## Coming soon\n\nA repair workshop next to our factory, open to every brand of bike.',
    risks: 'A new line of business; repair margins are thinner than sales.',
    useOfFunds: 'Lease and fit-out 60%, tools 30%, staff training 10%.',
    goal: 3_000_000,
    maxAmount: 5_000_000,
    startsInDays: 10,
    runsForDays: 30,
    terms: () => ({
      annualRateBps: 500,
      termMonths: 36,
      repayment: 'bullet',
      denomination: 5_000,
      minUnits: 2,
      secured: false,
      earlyRepayment: 'allowed',
      latePayment: LATE_PAYMENT,
    }),
    cover: [
      [13, 148, 136],
      [17, 94, 89],
    ],
  },
  {
    company: 'bakery',
    type: 'reward',
    outcome: 'submitted',
    title: 'A café corner at Harbour Bakery',
    summary: 'Six tables and a coffee machine so our regulars can stay a while.',
    description:
      '## A place to sit\n\nOur customers keep asking where they can sit down. We have the room; we need the furniture and a proper espresso machine.',
    risks: 'Permits for seating can take longer than planned.',
    useOfFunds: 'Espresso machine 50%, furniture 35%, permits 15%.',
    goal: 1_500_000,
    maxAmount: 2_500_000,
    startsInDays: 7,
    runsForDays: 30,
    terms: tiers([
      ['Coffee card', 'Ten coffees at the new café corner.', 3_000, undefined],
      ['Your mug on the wall', 'A mug with your name, kept for you.', 6_000, 50],
    ]),
    cover: [
      [120, 113, 108],
      [68, 64, 60],
    ],
  },
  {
    company: 'ceramics',
    type: 'reward',
    outcome: 'in_review',
    title: 'A kiln for Kite & Clay',
    summary: 'A young studio needs its own kiln to fire classes and commissions instead of renting time across town.',
    description: '## Our own kiln\n\nWe rent kiln time two days a week. Our own kiln lets us teach every day.',
    risks: 'The studio is four months old and has no revenue yet.',
    useOfFunds: 'Kiln 75%, electrical work 25%.',
    goal: 900_000,
    maxAmount: 1_500_000,
    startsInDays: 5,
    runsForDays: 40,
    terms: tiers([
      ['Beginner class', 'A three-hour wheel class.', 6_500, 60],
      ['Studio mug', 'A mug made in the new kiln.', 4_000, undefined],
    ]),
    cover: [
      [190, 24, 93],
      [112, 26, 117],
    ],
  },
  {
    company: 'ceramics',
    type: 'shareholding',
    outcome: 'submitted',
    title: 'Own a share of Kite & Clay',
    summary: 'Early shares in a ceramics studio: 10,000 shares at $2.00.',
    description: '## Grow with us\n\nWe are selling a small stake to the people who take our classes.',
    risks: 'A new company without revenue; you may lose everything you invest.',
    useOfFunds: 'Equipment 60% (a second kiln and wheels), six months of rent 40%.',
    goal: 1_000_000,
    startsInDays: 14,
    runsForDays: 45,
    terms: () => ({
      shareClass: 'Common',
      pricePerShare: 200,
      preMoneyValuation: 40_000_000,
      sharesOffered: 10_000,
      minShares: 5,
      votingRights: 'none',
      holding: 'nominee',
      nominee: 'Crowdstake Nominees Ltd, which votes only as the shareholders instruct.',
    }),
    cover: [
      [139, 92, 246],
      [67, 56, 202],
    ],
  },
  {
    company: 'brewery',
    type: 'bond',
    outcome: 'changes_requested',
    title: 'Millbrook taproom expansion bond',
    summary: 'A 24-month bond at 7% to double the taproom.',
    description: '## More room\n\nOur taproom is full every weekend.',
    risks: 'Footfall may not grow as fast as we hope; a bond is a loan and you may lose money.',
    useOfFunds: 'Building work 80%, furniture and fittings 20%, as quoted by two builders.',
    goal: 4_000_000,
    maxAmount: 6_000_000,
    startsInDays: 20,
    runsForDays: 40,
    terms: () => ({
      annualRateBps: 700,
      termMonths: 24,
      repayment: 'amortizing',
      denomination: 10_000,
      minUnits: 1,
      secured: false,
      earlyRepayment: 'allowed',
      latePayment: LATE_PAYMENT,
    }),
    cover: [
      [22, 163, 74],
      [20, 83, 45],
    ],
    reasons:
      'Please add the building permit and explain how repayments are covered if the taproom stays as busy as today.',
  },
  {
    company: 'bakery',
    type: 'reward',
    outcome: 'draft',
    title: 'Delivery bikes for Harbour Bakery',
    summary: 'Two cargo bikes to bring bread to the harbour offices before nine.',
    description: '## Draft\n\nStill working on this one.',
    risks: '',
    useOfFunds: '',
    goal: 800_000,
    maxAmount: 1_200_000,
    startsInDays: 30,
    runsForDays: 30,
    terms: tiers([['Breakfast delivered', 'A week of breakfast at your desk.', 4_500, 80]]),
    cover: [
      [217, 119, 6],
      [146, 64, 14],
    ],
  },
  {
    company: 'cycles',
    type: 'reward',
    outcome: 'rejected',
    title: 'Lumen Cycles lifetime free repairs',
    summary: 'Pay once, get free repairs on any bike forever.',
    description: '## Free repairs forever\n\nOne payment, unlimited repairs.',
    risks: 'None.',
    useOfFunds: 'Workshop.',
    goal: 5_000_000,
    maxAmount: 9_000_000,
    startsInDays: 12,
    runsForDays: 30,
    terms: tiers([['Lifetime repairs', 'Unlimited repairs on any bike, forever.', 15_000, undefined]]),
    cover: [
      [100, 116, 139],
      [51, 65, 85],
    ],
    reasons: 'A promise without limit cannot be costed, and the risks section says "None". We cannot list this.',
  },
  {
    company: 'bakery',
    type: 'reward',
    outcome: 'succeeded',
    title: 'Sourdough school at Harbour Bakery',
    summary: 'Weekend classes in the bakery: learn to keep a starter and bake a proper sourdough at home.',
    description:
      '## The school\n\nOn Saturdays our head baker teaches eight people at a time, in the bakery, with our flour and our starter.\n\n## Funded\n\nThanks to our backers the school opens this spring.',
    risks: 'Classes may move by a week around holidays.',
    useOfFunds: 'Workbenches 60%, proofing baskets and tools 25%, starter kits 15%.',
    goal: 40_000,
    maxAmount: 80_000,
    startsInDays: -1,
    runsForDays: 20,
    terms: tiers([
      ['Starter kit', 'A jar of our 12-year-old starter and a proofing basket.', 3_000, 100],
      ['Full-day class', 'A Saturday in the bakery; you take home two loaves.', 12_000, 20],
    ]),
    cover: [
      [234, 179, 8],
      [146, 64, 14],
    ],
  },
  {
    company: 'brewery',
    type: 'bond',
    outcome: 'failed',
    title: 'A canning line for Millbrook Brewing',
    summary:
      'Lend at 7% a year over three years for a canning line; it did not reach its goal and every backer was refunded.',
    description:
      '## Cans, not kegs\n\nA canning line would let us sell in shops. We did not find enough lenders this time; every pledge was refunded in full.',
    risks: 'A bond is a loan: if we fail, you may lose money. Shop sales are new to us.',
    useOfFunds: 'Canning line 75%, cold room 15%, labels and design 10%.',
    goal: 8_000_000,
    maxAmount: 12_000_000,
    startsInDays: -1,
    runsForDays: 30,
    terms: () => ({
      annualRateBps: 700,
      termMonths: 36,
      repayment: 'amortizing',
      denomination: 10_000,
      minUnits: 1,
      earlyRepayment: 'not_allowed',
      secured: false,
      latePayment: LATE_PAYMENT,
    }),
    cover: [
      [22, 163, 74],
      [20, 83, 45],
    ],
  },
  {
    company: 'brewery',
    type: 'reward',
    outcome: 'failed',
    title: 'Millbrook winter festival',
    summary: 'A three-day winter beer festival in the old mill yard.',
    description: '## The festival\n\nLocal brewers, food trucks and music in the mill yard.',
    risks: 'Weather.',
    useOfFunds: 'Tents 50%, permits 20%, music 30%.',
    goal: 2_000_000,
    maxAmount: 3_000_000,
    startsInDays: -1,
    runsForDays: 20,
    terms: tiers([['Festival pass', 'Three days, five tasting tokens.', 4_500, 500]]),
    cover: [
      [71, 85, 105],
      [30, 41, 59],
    ],
  },
];
