/** One day in ms. Time here is UTC epoch ms, where every day has this length (no leap seconds, no DST). */
export const DAY = 864e5;
