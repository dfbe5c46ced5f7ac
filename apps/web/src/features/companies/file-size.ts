/** One format for file sizes everywhere: see components/formatting.ts. */
export { formatFileSize } from '../../components/formatting';
