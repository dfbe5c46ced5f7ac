import { nest } from '@crowdstake/eslint-config/base';

export default nest;
