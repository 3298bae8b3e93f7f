/** Messages of Advies op Maat reports and retention: counts, response and closing times, referrals, follow-up results, CSV, anonymisation; the /mijn section (nl). */
export const adviceReportsNl = {
  'advice.mine.title': 'Mijn adviesvragen',
  'advice.mine.none': 'U hebt nog geen adviesvraag gesteld.',
  'advice.mine.ask': 'Een vraag stellen aan Advies op Maat',
};
