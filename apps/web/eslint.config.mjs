import react from '@crowdstake/eslint-config/react';

/**
 * A feature does not reach into another: what two features share lives in components/ (forms,
 * documents) or api/ (queries). Founder and companies used to import each other; this keeps it so.
 */
const featureBoundary = (feature, other) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(\\.\\./)+(features/)?${other}(/|$)`,
            message: `features/${feature} may not import features/${other}: move what both need to components/ or api/.`,
          },
        ],
      },
    ],
  },
});

export default [...react, featureBoundary('founder', 'companies'), featureBoundary('companies', 'founder')];
