/** Text where `backticks` mark code, as in the catalog and the doctor's fix steps. */
export default function Rich({ text }: { text: string }) {
  return <>{text.split('`').map((p, i) => (i % 2 === 1 ? <code key={i}>{p}</code> : p))}</>;
}
