import { apiErrorsEn } from './features/api-messages';
import { passwordResetEn } from './features/password-reset';
import { honestyCoreEn } from './features/honesty';
import { validationEn } from './validation';
import { vocabularyEn } from './vocabulary';

/**
 * The English messages every page needs (the frame, the home page, errors, shared words): loaded
 * with the app. The features' own messages come with the pages that show them (i18n/bundles/);
 * en.ts puts everything together as the reference locale that the types and tests read.
 * `errors.*` are the API's error codes.
 */
export const coreEn = {
  // Features built in parallel keep their messages in files of their own (i18n/features/).
  vocabulary: vocabularyEn,
  passwordReset: passwordResetEn,
  honesty: honestyCoreEn,
  app: {
    name: 'Crowdstake',
    tagline: 'Back the businesses around you, with your eyes open.',
  },
  nav: {
    discover: 'Discover',
    howItWorks: 'How it works',
    signIn: 'Sign in',
    signUp: 'Sign up',
    main: 'Main',
    openMenu: 'Open menu',
    closeMenu: 'Close menu',
    skipToContent: 'Skip to content',
    home: 'Crowdstake home',
    founderDashboard: 'My campaigns',
    reviewQueue: 'Review queue',
    myPledges: 'My pledges',
    investorProfile: 'Investor profile',
  },
  language: {
    change: 'Change language',
  },
  account: {
    menu: 'Account menu',
    signedInAs: 'Signed in as',
    signOut: 'Sign out',
    signOutEverywhere: 'Sign out on all devices',
    signedOut: 'You have signed out.',
    signedOutEverywhere: 'You have signed out on every device.',
    roles: {
      backer: 'Backer',
      founder: 'Founder',
      reviewer: 'Reviewer',
      admin: 'Admin',
    },
  },
  footer: {
    about:
      'Crowdstake helps small businesses raise money from people who believe in them, with every project reviewed and every pledge held in escrow.',
    platform: 'Platform',
    account: 'Account',
    openSource:
      'Open-source software. Investing in small businesses is risky: only invest what you can afford to lose.',
    copyright: '© {{year}} Crowdstake',
  },
  home: {
    eyebrow: 'Crowdfunding for small businesses',
    title: 'Back the businesses you believe in, knowing the risks.',
    lead: 'What we do: every campaign is reviewed before it goes live and shows its risk grade with the reasons. Pledges are held in escrow and reach the founder only if the campaign meets its goal; if it fails, you get your money back in full. What we cannot do: once funded, a business can still fail, and you can lose all the money you invested.',
    discover: 'Discover campaigns',
    raise: 'Raise funds for your business',
    trust: {
      title: 'Why backers choose Crowdstake',
      reviewedTitle: 'Risk-reviewed listings',
      reviewedBody:
        'Reviewers check each founder, company and set of financials. Every campaign shows a risk grade from A to E and the reasons behind it.',
      escrowTitle: 'Escrowed funds',
      escrowBody:
        'Pledges are held by our payment partner, not by the founder. Funding is all-or-nothing: below the goal at the deadline, everyone is refunded.',
      traceableTitle: 'Every cent traceable',
      traceableBody:
        'A double-entry ledger records each movement of money. Funded campaigns publish their money trail: collected, released and refunded.',
    },
    listingTitle: 'Live campaigns',
    listingLead: 'Reward, bond and share offerings from businesses that passed review.',
    seeAll: 'See all campaigns',
    founderTitle: 'Raising money for your business?',
    founderBody:
      'Present your business to people who want it to succeed. We review your campaign with you, hold pledges in escrow and release the funds when you reach your goal.',
    founderAction: 'Start as a founder',
  },
  discover: {
    title: 'Discover campaigns',
    lead: 'Every listing here passed a risk review. Read the grade and its reasons before you pledge.',
    filters: 'Filter campaigns',
    search: 'Search campaigns',
    searchPlaceholder: 'Search by name or summary',
    clearSearch: 'Clear the search',
    type: 'Type',
    allTypes: 'All',
    status: 'Status',
    anyStatus: 'Live and finished',
    sort: 'Sort by',
    sorts: {
      newest: 'Newest',
      deadline: 'Deadline',
      funded: 'Percent funded',
      rate: 'Interest rate',
    },
    results_one: '{{count}} campaign',
    results_other: '{{count}} campaigns',
    noMatchTitle: 'No campaigns match',
    noMatchBody: 'Try fewer or other words, or another type or status.',
    clearFilters: 'Clear filters',
    pages: 'Pages of results',
    pageControls: { first: 'First page', previous: 'Previous page', next: 'Next page', last: 'Last page' },
  },
  howItWorks: {
    title: 'How Crowdstake works',
    lead: 'A small business raises money from the crowd; backers get a reward, interest or shares. The platform stands between them so that money only moves by rule.',
    backersTitle: 'For backers',
    backerStep1:
      'Browse campaigns that passed review, each with a risk grade from A (lowest risk) to E (highest) and the factors behind it. Even grade A does not mean your money is safe.',
    backerStep2:
      'Pledge for a reward, lend through a bond or buy shares. Investments stay within a yearly limit based on your income.',
    backerStep3: 'Your money is held in escrow. You can cancel within the cancellation window.',
    backerStep4:
      'If the goal is met, funds go to the founder (sometimes in milestones). If not, you are refunded in full.',
    foundersTitle: 'For founders',
    founderStep1: 'Register your business with its documents and financials.',
    founderStep2: 'Draft a campaign: reward tiers, a bond with a repayment schedule, or a share offering.',
    founderStep3: 'Submit it for review. A reviewer approves it, asks for changes or explains a rejection.',
    founderStep4: 'Go live, keep backers informed with updates, and receive the funds when the campaign succeeds.',
    gradesTitle: 'What the risk grade means',
    gradesBody:
      'The grade summarises a score from 0 to 100 computed when a campaign is submitted: identity checks, company age, revenue and debt, documents and earlier campaigns. Grades D and E need the approval of two different reviewers.',
    cta: 'Create your account',
  },
  campaigns: {
    types: {
      reward: 'Reward',
      bond: 'Bond',
      shareholding: 'Shares',
    },
    statuses: {
      live: 'Live',
      succeeded: 'Funded',
      failed: 'Goal not reached',
      cancelled: 'Cancelled',
      approved: 'Coming soon',
    },
    raisedOf: 'raised of {{goal}} goal',
    endedBelowGoal: 'Did not reach its {{goal}} goal: every backer is refunded in full.',
    endedCancelled: 'Cancelled before its deadline: every backer is refunded in full.',
    percentFunded: '{{percent}}% funded',
    backers_one: '{{count}} backer',
    backers_other: '{{count}} backers',
    daysLeft_one: '{{count}} day left',
    daysLeft_other: '{{count}} days left',
    endsToday: 'Ends today',
    ended: 'Ended',
    riskGrade: 'Risk {{grade}}',
    riskGradeLabel: 'Risk grade {{grade}} (A is the lowest risk, E the highest)',
    notGraded: 'Not graded',
    coverAlt: 'Cover image of {{title}}',
    fundingProgress: 'Funding progress',
    loading: 'Loading campaigns…',
    emptyTitle: 'No live campaigns yet',
    emptyBody:
      'Businesses are in review right now. Every campaign is checked before it appears here, so the first ones will be worth the wait.',
    emptyAction: 'Raise funds for your business',
    errorTitle: 'We could not load the campaigns',
    retry: 'Try again',
  },
  auth: {
    signIn: {
      title: 'Welcome back',
      lead: 'Sign in to follow your pledges and campaigns.',
      submit: 'Sign in',
      noAccount: 'New to Crowdstake?',
      signUpLink: 'Create an account',
      welcome: 'Welcome back, {{name}}.',
    },
    signUp: {
      title: 'Create your account',
      lead: 'It takes a minute. Choose how you want to take part; every campaign you will see has passed a review.',
      submit: 'Create account',
      haveAccount: 'Already have an account?',
      signInLink: 'Sign in',
      welcome: 'Welcome to Crowdstake, {{name}}.',
    },
    fields: {
      name: 'Full name',
      email: 'Email',
      password: 'Password',
      role: 'I want to',
      togglePassword: 'Show or hide the password',
    },
    roles: {
      backerTitle: 'Back campaigns',
      backerDescription: 'Pledge to businesses for rewards, interest or shares.',
      founderTitle: 'Raise funds',
      founderDescription: 'Present your business and run a reviewed campaign.',
    },
    passwordStrength: {
      label: 'Password strength: {{strength}}',
      tooShort: 'too short',
      weak: 'weak',
      fair: 'fair',
      strong: 'strong',
      hint: 'At least {{min}} characters. A few unrelated words make a strong, memorable password.',
    },
  },
  validation: validationEn,
  errors: {
    generic: 'Something went wrong. Please try again.',
    network: 'We could not reach Crowdstake. Check your connection and try again.',
    invalidCredentials: 'The email or password is incorrect.',
    ...apiErrorsEn,
  },
  notFound: {
    title: 'We could not find that page',
    body: 'The link may be broken, or the page may have moved. Campaigns that are not public yet cannot be opened either.',
    home: 'Back to the home page',
  },
  common: {
    loading: 'Loading…',
    reload: 'Reload the page',
    pageErrorTitle: 'This page ran into a problem',
    pageErrorBody: 'It may be a new version of Crowdstake arriving. Reloading the page usually fixes it.',
  },
};

export type CoreMessages = typeof coreEn;
