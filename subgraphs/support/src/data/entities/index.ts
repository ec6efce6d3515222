import { NewsItem } from './news-item';

export { NewsItem };
export const entities = [NewsItem];
