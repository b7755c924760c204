/**
 * CAMEO event codes by PLOVER category, as the PLOVER project maps them: the Open Event
 * Data Alliance's "CAMEO to PLOVER conversion table" (openeventdata/PLOVER,
 * CAMEO2PLOVER-2021.txt, PLOVER manual Draft 0.8, 17 September 2021), the mapping POLECAT
 * follows. The CAMEO root categories 01 (make public statement) and 02 (appeal) have no
 * PLOVER category: the project dropped them (openeventdata/PLOVER, README.md, "Migrating
 * from CAMEO"), so a record coded 01x or 02x has no `plover`.
 *
 * Note the table's own choices, which differ from the CAMEO roots: 057 (sign formal
 * agreement) is SUPPORT, 163 (impose embargo, boycott or sanctions) is COERCE, 09 and 11
 * are both ACCUSE, 08 splits into CONCEDE (080–083) and RETREAT (084–087, 0813, 0814),
 * and 1712, 175 and 201 are ASSAULT.
 */
// Space-separated, in the order of the table.
const CODES_BY_PLOVER: Readonly<Record<string, string>> = {
  AGREE:
    '030 031 0311 0312 0313 0314 032 033 0331 0332 0333 0334 034 0341 0342 0343 0344 035 0351' +
    ' 0352 0353 0354 0355 0356 036 037 038 039',
  CONSULT: '040 041 042 043 044 045 046',
  SUPPORT: '050 051 052 053 054 055 056 057',
  COOPERATE: '060 061 062 063 064',
  AID: '070 071 072 073 074 075',
  CONCEDE: '080 081 0811 0812 082 083 0831 0832 0833 0834',
  RETREAT: '084 0841 0842 085 086 0861 0862 0863 087 0871 0872 0873 0874 0813 0814',
  ACCUSE: '090 091 092 093 094 110 111 112 1121 1122 1123 1124 1125 113 114 115 116',
  DEMAND:
    '100 101 1011 1012 1013 1014 102 103 1031 1032 1033 1034 104 1041 1042 1043 1044 105 1051' +
    ' 1052 1053 1054 1055 1056 106 107 108',
  REJECT:
    '120 121 1211 1212 1213 1214 122 1221 1222 1223 1224 123 1231 1232 1233 1234 124 1241' +
    ' 1242 1243 1244 1245 1246 125 126 127 128 129',
  THREATEN: '130 131 1311 1312 1313 132 1321 1322 1323 1324 133 134 135 136 137 138 1381 1382 1383 1384 1385 139',
  PROTEST:
    '140 141 1411 1412 1413 1414 142 1421 1422 1423 1424 143 1431 1432 1433 1434 144 1441' +
    ' 1442 1443 1444 145 1451 1452 1453 1454',
  MOBILIZE: '150 151 152 153 154',
  SANCTION: '160 161 162 1621 1622 1623 164 165 166 1661 1662 1663',
  COERCE: '163 170 171 1711 172 1721 1722 1723 1724 173 174 191 192',
  ASSAULT:
    '1712 175 180 181 182 1821 1822 1823 183 1831 1832 1833 184 185 186 190 193 194 195 196' +
    ' 200 201 202 203 204 2041 2042',
};

/** PLOVER category by CAMEO code (three or four digits), from the table above. */
export const CAMEO_TO_PLOVER: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(
    Object.entries(CODES_BY_PLOVER).flatMap(([plover, codes]) =>
      codes.split(' ').map((code) => [code, plover] as const),
    ),
  ),
);

/**
 * The PLOVER category of a CAMEO code: a category name, `null` for a code of the
 * categories PLOVER dropped (01x make public statement, 02x appeal), or `undefined` for
 * a code the table does not know.
 */
export function ploverForCameo(cameo: string): string | null | undefined {
  if (/^0[12]\d{1,2}$/.test(cameo)) return null;
  return CAMEO_TO_PLOVER[cameo];
}
