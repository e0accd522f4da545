import type { TextExamples } from './examples';

export const futureExamples: TextExamples = {
  positive: [
    "we're meant to be together",
    'when we get back together',
    "i'll wait for you forever",
    'I still want to marry you',
    'youre my soulmate',
    'this isnt over',
    'we should move back in together',
    'I want to grow old with you',
    'i can still see us growing old',
    // Spanish and Portuguese.
    'estamos destinados a estar juntos',
    'te voy a esperar toda la vida',
    'algún día vamos a volver a estar juntos',
    'vc é a minha alma gêmea',
    'eu ainda vejo um futuro com vc',
  ],
  negative: [
    'next Tuesday works for me',
    'In the future please text before you come round',
    'our kids both have colds',
    "my sister's getting married in June",
    "I'll wait for you outside the school",
    'we were supposed to be at the school at 5',
    "I'll always be there for the kids",
    'I can see us getting the kids there by 9',
    'qué te vas a poner para la boda de mi prima?',
    'el futuro de la empresa se decide el lunes',
    'vou esperar o ônibus aqui na frente',
  ],
};
