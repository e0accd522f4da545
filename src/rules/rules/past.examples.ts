import type { TextExamples } from './examples';

export const pastExamples: TextExamples = {
  positive: [
    'remember when we drove to the coast',
    'i miss us',
    'they played our song today',
    'happy anniversary',
    'we had something special',
    'found old photos of us',
    'Walked past our old flat today',
    'we were so good together 💔',
    'i still think about that night in Rome',
    // Spanish and Portuguese.
    '¿te acordás cuando se nos voló la carpa?',
    'hoy sonó nuestra canción en la radio',
    'teníamos algo especial y lo sabés',
    'lembra quando a gente ficou preso no elevador?',
    'a gente era tão feliz naquele apê',
  ],
  negative: [
    'remember to bring the charger',
    'Remember Mia has swimming after school',
    'do you remember where we put the spare key?',
    'back when I lived in Leeds the buses were worse',
    'the kids miss you, they keep asking when you are back',
    'we had a great time at the beach, the kids loved it',
    'I think about that summer camp for Leo, is it worth it?',
    'acordate que Mia tiene natación el martes',
    'te acordás de traer el cargador?',
    'lembra de levar o documento do carro',
    'feliz aniversário, tia! te desejo tudo de bom',
  ],
};
