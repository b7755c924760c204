declare module 'edtf' {
  interface EDTFValue {
    type: 'Date' | 'Year' | 'Season' | 'Interval' | 'List' | 'Set' | 'Century' | 'Decade';
    min: number;
    max: number;
    precision?: number;
    lower?: EDTFValue;
    upper?: EDTFValue;
    edtf: string;
  }
  export default function edtf(text: string): EDTFValue;
}
