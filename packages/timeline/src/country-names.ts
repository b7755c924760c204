/**
 * ISO 3166-1 alpha-3 → alpha-2, so swimlanes can name a country in the reader's language
 * with `Intl.DisplayNames` (which takes alpha-2). Packed by first letter, the codes
 * that start with it after it, each as its last two letters and what gives its alpha-2
 * code: nothing when that is the alpha-3 code's first two letters (`AFG` → `AF`), `.`
 * when its first and last (`ABW` → `AW`), else the code in lower case (`ALA` → `AX`).
 */
const PACKED =
  'ABW.FGGO.IALAaxLBND.RE.RGRM.SMTAaqTFtfTG.USUT.ZE BDI.ELENbjESbqFAGD.GRHRHS.IHbaLMLRbyLZ.MUOLRARB.RN.TNVTWA CAF.ANCKHEHL.HN.IVMROD.OG.OK.OLOMkmPV.RIUBUW.XRYMkyYPZE DEUJIMANK.OMZA ECUGYRISH.SPSTeeTH FINJILK.RARO.SM. GABBREOGYHAIBIN.LP.MBNBgwNQ.RCRD.RL.TMUF.UMUY. HKGMDNDRVTIUN IDNMNNDOTRLieRNRQ.SLSRilTA JAM.EYORPN KAZ.ENGZHMIRNAOR.WT LAOBNBR.BY.CAIEKASOTUUXVA MACmoAF.ARCODADG.DV.EX.HLKDLILT.MRNE.NGNP.OZ.RTSRTQ.USWIYSYTyt NAMCLERFKGAICIU.LDORPLRUZL OMN PAK.ANCN.ERHLLW.NG.OL.RIRKkpRT.RY.SEYF. QAT REUOUUSWA SAUDNEN.GPGSgsHNJMLB.LELV.MROMPMpmRBrsSDTPUR.VK.VNsiWE.WZ.XMYC.YR TCACD.GOHAJKKLKM.LSONTOUN.UR.UV.WNZA UGAKRuaMIRY.SAZB VATCTENGBIRNMUT WLF.SM XKX YEM ZAFMBWE';

let table: Map<string, string> | undefined;

/** The alpha-2 code of an alpha-3 code, or undefined. */
export function alpha2(alpha3: string): string | undefined {
  if (!table) {
    table = new Map();
    for (const group of PACKED.split(' ')) {
      const a = group[0]!;
      for (const [, b, c, mark] of group.slice(1).matchAll(/([A-Z])([A-Z])(\.|[a-z]{2})?/g)) {
        table.set(a + b + c, mark === '.' ? a + c : (mark?.toUpperCase() ?? a + b));
      }
    }
  }
  return table.get(alpha3.toUpperCase());
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

/** A country's name in the given language ("China", "Chine", "中国"), or the code itself if unknown. */
export function countryName(code: string, locale: string): string {
  let names = displayNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      names = null;
    }
    displayNames.set(locale, names);
  }
  const two = alpha2(code);
  return (two && names?.of(two)) || code;
}
