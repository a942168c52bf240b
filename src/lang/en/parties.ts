// US party-and-state tags after a lawmaker's name ("Sen. Ana Ruiz, R-Ky.", "(D-N.Y.)"): the party letters and
// the state abbreviations news style uses (AP style and postal codes), spelled out.
import { wordTable } from '../table.ts';

/** Party letter → the member ("a Democrat") and the adjective before an office ("Democratic senator"). */
export const PARTY_LETTERS: Record<string, { member: string; adjective: string }> = wordTable({
  R: { member: 'Republican', adjective: 'Republican' },
  D: { member: 'Democrat', adjective: 'Democratic' },
  I: { member: 'Independent', adjective: 'Independent' },
});

const STATES: [string, string[]][] = [
  ['Alabama', ['Ala.', 'AL']],
  ['Alaska', ['AK']],
  ['Arizona', ['Ariz.', 'AZ']],
  ['Arkansas', ['Ark.', 'AR']],
  ['California', ['Calif.', 'Cal.', 'CA']],
  ['Colorado', ['Colo.', 'CO']],
  ['Connecticut', ['Conn.', 'CT']],
  ['Delaware', ['Del.', 'DE']],
  ['Florida', ['Fla.', 'FL']],
  ['Georgia', ['Ga.', 'GA']],
  ['Hawaii', ['HI']],
  ['Idaho', ['ID']],
  ['Illinois', ['Ill.', 'IL']],
  ['Indiana', ['Ind.', 'IN']],
  ['Iowa', ['IA']],
  ['Kansas', ['Kan.', 'Kans.', 'KS']],
  ['Kentucky', ['Ky.', 'KY']],
  ['Louisiana', ['La.', 'LA']],
  ['Maine', ['Me.', 'ME']],
  ['Maryland', ['Md.', 'MD']],
  ['Massachusetts', ['Mass.', 'MA']],
  ['Michigan', ['Mich.', 'MI']],
  ['Minnesota', ['Minn.', 'MN']],
  ['Mississippi', ['Miss.', 'MS']],
  ['Missouri', ['Mo.', 'MO']],
  ['Montana', ['Mont.', 'MT']],
  ['Nebraska', ['Neb.', 'Nebr.', 'NE']],
  ['Nevada', ['Nev.', 'NV']],
  ['New Hampshire', ['N.H.', 'NH']],
  ['New Jersey', ['N.J.', 'NJ']],
  ['New Mexico', ['N.M.', 'N.Mex.', 'NM']],
  ['New York', ['N.Y.', 'NY']],
  ['North Carolina', ['N.C.', 'NC']],
  ['North Dakota', ['N.D.', 'N.Dak.', 'ND']],
  ['Ohio', ['OH']],
  ['Oklahoma', ['Okla.', 'OK']],
  ['Oregon', ['Ore.', 'Oreg.', 'OR']],
  ['Pennsylvania', ['Pa.', 'Penn.', 'PA']],
  ['Rhode Island', ['R.I.', 'RI']],
  ['South Carolina', ['S.C.', 'SC']],
  ['South Dakota', ['S.D.', 'S.Dak.', 'SD']],
  ['Tennessee', ['Tenn.', 'TN']],
  ['Texas', ['Tex.', 'TX']],
  ['Utah', ['UT']],
  ['Vermont', ['Vt.', 'VT']],
  ['Virginia', ['Va.', 'VA']],
  ['Washington', ['Wash.', 'WA']],
  ['West Virginia', ['W.Va.', 'W. Va.', 'WV']],
  ['Wisconsin', ['Wis.', 'Wisc.', 'WI']],
  ['Wyoming', ['Wyo.', 'WY']],
  ['District of Columbia', ['D.C.', 'DC']],
  ['Puerto Rico', ['P.R.', 'PR']],
];

const BY_FORM = new Map<string, string>();
for (const [name, forms] of STATES) {
  BY_FORM.set(name.toLowerCase(), name);
  for (const f of forms) BY_FORM.set(f.toLowerCase().replace(/[\s.]+/g, ''), name);
}

/** The state a tag's second part names ("Ky.", "N.Y.", "Texas", "CA"), or null. */
export function stateOf(form: string): string | null {
  return BY_FORM.get(form.toLowerCase().replace(/[\s.]+/g, '')) ?? null;
}

/** A party-and-state tag as one token: "D-Pa.", "R-Ky", "I-Vt." (a letter of PARTY_LETTERS, a state). */
export function isPartyTag(token: string): boolean {
  const m = /^([A-Z])-(.+)$/.exec(token);
  return Boolean(m && PARTY_LETTERS[m[1]!] && stateOf(m[2]!));
}
