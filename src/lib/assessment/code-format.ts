/**
 * Result codes: compact, URL-safe text that holds one respondent's result.
 *
 * Bytes, then base64url without padding:
 *   [format][questionnaire version][role][nonce hi][nonce lo][day hi][day lo][label length][label UTF-8…]
 *   [answer count][answers, 3 bits each: 0 = don't know, 1–5, 6 = does not apply]…[CRC-32, 4 bytes]
 * The day counts from 2020-01-01 (UTC). CRC-32 catches every change of one character, since
 * one base64 character is at most 6 changed bits and CRC-32 detects all bursts under 33 bits.
 * Value 6 arrived with questionnaire version 3; codes of versions 1 and 2 never hold it, so the
 * format stays 1 and every older code reads as before.
 */
export const CODE_FORMAT = 1;
/** Day 0 of the date a code holds. */
export const EPOCH = Date.UTC(2020, 0, 1);
export const DAY = 86_400_000;

let crcTable: Uint32Array | undefined;
/** CRC-32 (IEEE 802.3), as used by zip and PNG. */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of bytes) crc = crcTable[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The YYYY-MM-DD date of a day number (days since 2020-01-01). */
export const dateOfDay = (day: number) => new Date(EPOCH + day * DAY).toISOString().slice(0, 10);

/** The 3-bit value of "does not apply here" in a code. */
export const NOT_APPLICABLE = 6;
