/**
 * ISO 3166-1 alpha-3 → alpha-2, packed as "AFG ALAAX …" (the alpha-2 code written out
 * only where it is not the first two letters of the alpha-3), so swimlanes can name a
 * country in the reader's language with `Intl.DisplayNames` (which takes alpha-2).
 */
const PACKED =
  'AFG ALAAX ALB DZA ASM ANDAD AGOAO AIA ATAAQ ATGAG ARG ARMAM ABWAW AUS AUTAT AZE BHSBS BHR BGDBD BRBBB BLRBY BEL BLZBZ BENBJ BMU BTN BOL BESBQ BIHBA BWA BVT BRA IOT BRNBN BGR BFA BDIBI CPVCV KHM CMR CAN CYMKY CAFCF TCDTD CHLCL CHNCN CXR CCK COL COMKM COGCG CODCD COKCK CRI CIV HRV CUB CUWCW CYP CZE DNKDK DJI DMA DOM ECU EGY SLVSV GNQGQ ERI ESTEE SWZSZ ETH FLKFK FROFO FJI FIN FRA GUFGF PYFPF ATFTF GAB GMB GEO DEU GHA GIB GRC GRLGL GRDGD GLPGP GUM GTM GGY GINGN GNBGW GUYGY HTI HMD VAT HND HKG HUN ISL IND IDN IRN IRQIQ IRLIE IMN ISRIL ITA JAMJM JPN JEY JOR KAZKZ KEN KIR PRKKP KORKR KWT KGZ LAO LVA LBN LSO LBRLR LBYLY LIE LTU LUX MACMO MDGMG MWI MYS MDVMV MLI MLTMT MHL MTQMQ MRT MUS MYTYT MEXMX FSMFM MDA MCO MNG MNEME MSR MAR MOZMZ MMR NAM NRU NPL NLD NCL NZL NIC NER NGA NIUNU NFK MKD MNPMP NOR OMN PAKPK PLWPW PSE PAN PNGPG PRYPY PER PHL PCNPN POLPL PRTPT PRI QAT REU ROU RUS RWA BLM SHN KNA LCA MAFMF SPMPM VCT WSM SMR STP SAU SENSN SRBRS SYCSC SLE SGP SXM SVKSK SVNSI SLBSB SOM ZAF SGSGS SSD ESP LKA SDN SURSR SJM SWESE CHE SYR TWN TJK TZA THA TLS TGO TKL TON TTO TUNTN TURTR TKMTM TCA TUVTV UGA UKRUA AREAE GBR USA UMI URYUY UZB VUT VEN VNM VGB VIR WLFWF ESHEH YEM ZMB ZWE XKX';

let table: Map<string, string> | undefined;

/** The alpha-2 code of an alpha-3 code, or undefined. */
export function alpha2(alpha3: string): string | undefined {
  table ??= new Map(PACKED.split(' ').map((pair) => [pair.slice(0, 3), pair.slice(3) || pair.slice(0, 2)]));
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
