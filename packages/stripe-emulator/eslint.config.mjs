import { strictDomain } from '@crowdstake/eslint-config/base';

export default strictDomain;
