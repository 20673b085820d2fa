/*
 * The limits of team data, written once: the paste box, the saved text, a team link, the file the
 * site saves and the file it loads all use these, so whatever the site saves, it reopens.
 */

/** The most people (non-empty lines: one code or share link each) a team view reads and keeps. */
export const TEAM_MAX_PEOPLE = 250;

/**
 * The longest line read as one person. The longest code (a 40-character label in a script that
 * takes 3 bytes a character, 255 answers) is 306 characters; a share link adds the site's address.
 */
export const TEAM_LINE_MAX_CHARS = 500;

/**
 * The most text the paste box keeps and saves: every allowed line at its longest with its line break,
 * and as many empty lines between them.
 */
export const TEAM_TEXT_MAX_CHARS = TEAM_MAX_PEOPLE * (TEAM_LINE_MAX_CHARS + 2);

/** The largest file the team page loads: that text with Windows line breaks and a byte-order mark. */
export const TEAM_FILE_MAX_BYTES = TEAM_MAX_PEOPLE * (TEAM_LINE_MAX_CHARS + 4) + 3;

/**
 * The longest team link the page offers. Mail and chat programs wrap or cut long addresses; 2,000
 * characters is a common safe length (an editorial assumption, from the 2,083-character limit of
 * older browsers). Beyond it the page offers the file instead.
 */
export const TEAM_LINK_MAX_CHARS = 2000;
