import type { TextExamples } from './examples';

export const petNameExamples: TextExamples = {
  positive: [
    'hey babe',
    'goodnight baby 😘',
    'thanks sweetheart',
    'how are you my love',
    'hi honey, did you get home ok',
    'ok babyyy',
    'BABE answer your phone',
    'night hun x',
    'hey love hope you slept well',
    // Spanish and Portuguese.
    'buenas noches mi vida',
    'cariño, ya saliste?',
    'hola bebé, como dormiste',
    'oi meu anjo, tudo bem?',
    'mozão, me liga quando puder',
    'bom dia bebê',
  ],
  negative: [
    'my baby sister is staying with me this weekend',
    'the baby is finally asleep',
    'our baby is one next week',
    'honey and lemon helps with his cough',
    'send my love to your mum',
    "he's such a baby about injections",
    'the baby shower is on the 12th',
    'hey, love the new haircut',
    'el bebé de mi prima nació ayer',
    'mi vida es un caos esta semana',
    'o bebê da minha irmã já anda',
    'meu amor pelo futebol ninguém entende',
    'la nena tiene fiebre, hoy no va al cole',
  ],
};
