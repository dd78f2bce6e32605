import config from '../data/timeline.json';
import type { TimelineConfig } from './timelineConfig';

/**
 * This timeline's description (src/data/timeline.json): its title, range, tags and About text. The build
 * checks the file against TimelineConfigSchema and stops on any problem, so a broken file never reaches a reader.
 */
export const TIMELINE: TimelineConfig = config;
