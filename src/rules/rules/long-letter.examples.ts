import type { TextExamples } from './examples';

/** Drafts written here for these tests: long letters to an ex, and long messages that are not. */
export const longLetterExamples: TextExamples = {
  positive: [
    "I don't really know how to start this. It's been two months and I still set two mugs out in the morning. I know you asked for space and I'm trying to give it, I really am. But I keep going over that last night and wishing I had said things differently. You deserved someone who listened, and I didn't, and I'm sorry. I'm not asking for anything. I just needed you to know it was real for me and it still hurts.",
    'i keep telling myself not to write this but here i am again at 1am and i cant sleep because everything in this flat still smells like you and i dont understand how you could just stop caring so fast when i was still planning our whole life and you never even gave me a real reason you just left and i was supposed to be fine with that',
    'You made it very clear where I stand. I gave you three years and you gave me a text. I was always the one who tried, the one who said sorry first, the one who waited. I hope one day you understand what you walked away from. I won’t chase you anymore. I deserve someone who stays.',
    // Spanish and Portuguese.
    'hola, sé que hace mucho que no hablamos y no sé si te importa, pero necesitaba escribirte esto. estos meses fueron raros para mí, me costó entender que ya no estás y que no te puedo contar cómo me fue. a veces me pregunto si vos también lo sentís así o si ya seguiste con tu vida. no te escribo para reclamarte nada, solo siento que te debía estas palabras. perdón por lo que no supe darte, y ojalá estés bien',
    'eu sei que vc pediu um tempo e eu to respeitando, mas hoje achei aquela pulseira que vc me deu e desabei. lembrei de tudo, da praia, do seu riso, de como eu era feliz com vc. eu ainda te amo e nao consigo fingir que nao. sei que errei, sei que te magoei, e me arrependo todo dia. nao to pedindo nada, so queria que vc soubesse que eu sinto sua falta e que nunca vou te esquecer',
  ],
  negative: [
    "Hi, quick update on the kids. Their bags are packed and by the door, pick-up is at 5 from school. Leo has football so he needs his boots, they're in the blue bag. The school says the trip money is due Friday, can you pay half? Mia has a dentist appointment on Tuesday at 3, I can take her if you can do Thursday. Let me know.",
    'So much news! We finally moved into the new flat last weekend. The kitchen is tiny but the light in the mornings is amazing. Work has been mad, we launched the new app on Monday and I barely slept. Sam says hi, he started his new job too. We should catch up properly when you are back in town, I want to hear everything about the trip.',
    'Mum, thank you for everything this year. You drove four hours every weekend when I was in hospital, you cooked for the whole ward, you never once made me feel like a burden. I know I was difficult and snappy and I am sorry for that. I would not have got through it without you. I love you so much and I am so proud to be your daughter.',
    "He texted me again last night. I know I should ignore it but I still miss him and I don't know what to do. She says I should block him but it feels so final. I keep reading our old messages and crying. He was my whole world for three years and now he's just gone.",
    'amiga lo siento muchísimo, de verdad. él no supo lo que tenía. sé que ahora duele un montón y que sientes que no vas a salir de esta, pero vas a salir, te lo prometo. mañana paso por tu casa con helado y vemos una peli, y si querés llorar lloramos juntas. te quiero mucho, no estás sola en esto, nunca',
    'a viagem foi incrível, vc nem imagina. Lisboa é linda, subimos no castelo, comemos pastel de nata até passar mal e no último dia fomos pra Sintra. o avião atrasou três horas na volta mas valeu a pena. te mando as fotos amanhã, e sábado a gente marca um café pra eu te contar tudo com calma',
  ],
};
