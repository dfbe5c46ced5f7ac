import { createBrowserRouter } from 'react-router';
import { PageLoader } from './components/page-loader';
import { HomePage } from './routes/home-page';
import { NotFoundPage } from './routes/not-found-page';
import { RootLayout } from './routes/root-layout';
import { RouteErrorPage } from './routes/route-error-page';

/**
 * Every page but Home and Not found loads its code on first visit: Home is the landing page, so
 * it ships in the main bundle rather than after a second round trip, and Not found is also the
 * error page's answer to a 404.
 */
export const router = createBrowserRouter([
  {
    Component: RootLayout,
    HydrateFallback: PageLoader,
    children: [
      {
        // Errors render inside the layout, so the header and its way back stay usable.
        ErrorBoundary: RouteErrorPage,
        children: [
          { index: true, Component: HomePage },
          {
            path: 'discover',
            lazy: async () => ({ Component: (await import('./routes/discover-page')).DiscoverPage }),
          },
          {
            path: 'how-it-works',
            lazy: async () => ({ Component: (await import('./routes/how-it-works-page')).HowItWorksPage }),
          },
          { path: 'sign-in', lazy: async () => ({ Component: (await import('./routes/sign-in-page')).SignInPage }) },
          { path: 'sign-up', lazy: async () => ({ Component: (await import('./routes/sign-up-page')).SignUpPage }) },
          {
            path: 'forgot-password',
            lazy: async () => ({ Component: (await import('./routes/forgot-password-page')).ForgotPasswordPage }),
          },
          {
            path: 'reset-password',
            lazy: async () => ({ Component: (await import('./routes/reset-password-page')).ResetPasswordPage }),
          },
          // The legal pages linked from the footer (and the risk statement sign-up asks to accept).
          { path: 'terms', lazy: async () => ({ Component: (await import('./routes/terms-page')).TermsPage }) },
          { path: 'privacy', lazy: async () => ({ Component: (await import('./routes/privacy-page')).PrivacyPage }) },
          { path: 'contact', lazy: async () => ({ Component: (await import('./routes/contact-page')).ContactPage }) },
          // The public campaign page (also the founder's preview and the reviewer's view).
          {
            path: 'campaigns/:campaignId',
            lazy: async () => ({ Component: (await import('./routes/campaign-page')).CampaignPage }),
          },
          // Backers: pledging, the portfolio and the investor profile.
          {
            path: 'campaigns/:campaignId/pledge',
            lazy: async () => ({ Component: (await import('./routes/pledge-page')).PledgePage }),
          },
          {
            path: 'me/pledges',
            lazy: async () => ({ Component: (await import('./routes/my-pledges-page')).MyPledgesPage }),
          },
          {
            path: 'me/investor-profile',
            lazy: async () => ({ Component: (await import('./routes/investor-profile-page')).InvestorProfilePage }),
          },
          // Founders: dashboard, company profile, campaign wizard.
          {
            path: 'founder',
            lazy: async () => ({ Component: (await import('./routes/founder-dashboard-page')).FounderDashboardPage }),
          },
          {
            path: 'founder/companies/new',
            lazy: async () => ({ Component: (await import('./routes/company-page')).CompanyPage }),
          },
          {
            path: 'founder/companies/:companyId',
            lazy: async () => ({ Component: (await import('./routes/company-page')).CompanyPage }),
          },
          {
            path: 'founder/campaigns/new',
            lazy: async () => ({ Component: (await import('./routes/campaign-wizard-page')).CampaignWizardPage }),
          },
          {
            path: 'founder/campaigns/:campaignId',
            lazy: async () => ({ Component: (await import('./routes/campaign-wizard-page')).CampaignWizardPage }),
          },
          // Reviewers: the queue and one campaign's review.
          {
            path: 'review',
            lazy: async () => ({ Component: (await import('./routes/review-queue-page')).ReviewQueuePage }),
          },
          {
            path: 'review/campaigns/:campaignId',
            lazy: async () => ({ Component: (await import('./routes/review-page')).ReviewPage }),
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
]);
