import react from '@crowdstake/eslint-config/react';

export default react;
