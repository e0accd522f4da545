import type { CountryLines, Directory } from './crisis-line';

/**
 * Crisis lines by country, the one place the care variant takes a number from.
 *
 * Every number was checked on 2026-12-07 with the project's search tool (stored copies of public
 * pages, not the live web) against the service's own page or a government page where one was
 * stored, and otherwise against at least two independent reports that quote the service or the
 * ministry. Each row names its sources; docs/crisis-lines.md has the same table for readers. A
 * country whose number could not be confirmed is left out: a wrong crisis number is worse than
 * none, and the directory below covers every country not listed.
 *
 * Left out on purpose (2026-12-07): India (Tele-MANAS 14416 is reported consistently, but no
 * official page and no list of its languages was found); Colombia's national line 192 option 4
 * (only 2020-2021 sources, so it may no longer run); Argentina's national 0800 999 0091 (only a
 * health insurer and a local paper, no ministry page).
 */
const CHECKED = '2026-12-07';

export const CRISIS_LINES: readonly CountryLines[] = [
  {
    country: 'AR',
    lines: [
      {
        // CAS's president (interview, 2021): 135 from CABA and Greater Buenos Aires, (011)
        // 5275-1135 from the rest of the country, answered every day 8:00-24:00. Clarín reports
        // it has not covered 24 hours since 2001; a 2025 report repeats both numbers. Provincial
        // lines also use 135 (Entre Ríos, Catamarca) and answer 24 hours, but they are other
        // services, so hours here are CAS's own.
        name: 'Centro de Asistencia al Suicida (CAS)',
        phones: [
          { display: '135', tel: 'tel:135', area: 'CABA y Gran Buenos Aires' },
          { display: '(011) 5275-1135', tel: 'tel:+541152751135', area: 'todo el país' },
        ],
        hours: { daily: { from: '08:00', to: '24:00' } },
        free: false, // 135 is free; no source says the (011) number is
        languages: ['es'],
        sources: [
          {
            url: 'https://elauditor.info/actualidad/-es-muy-importante-la-tarea-de-prevencion-del-suicidio-_a603ce26796773412c05b098e',
            checked: CHECKED,
          },
          {
            url: 'https://www.clarin.com/sociedad/trabajo-voluntarios-centro-asistencia-suicida_0_4kRXygcXW.html',
            checked: CHECKED,
          },
          {
            url: 'https://lapostacomodorense.com.ar/2025/09/03/septiembre-mes-de-la-prevencion-del-suicidio-la-importancia-de-escuchar-acompanar-y-abrazar/',
            checked: CHECKED,
          },
        ],
      },
    ],
  },
  {
    country: 'AU',
    lines: [
      {
        // Lifeline's own centre FAQ: mobile calls free, landline calls cost a local call. Text
        // and chat 24/7 since Feb 2022 (Life in Mind, the federally funded suicide prevention
        // portal, and the government's launch).
        name: 'Lifeline',
        phones: [{ display: '13 11 14', tel: 'tel:131114' }],
        text: { display: '0477 13 11 14', sms: 'sms:0477131114' },
        chat: 'https://www.lifeline.org.au',
        hours: '24/7',
        free: false,
        languages: ['en'],
        sources: [
          {
            url: 'https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/',
            checked: CHECKED,
          },
          {
            url: 'https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7',
            checked: CHECKED,
          },
        ],
      },
    ],
  },
  {
    country: 'BR',
    lines: [
      {
        // 188 is the Ministry of Health's number run by CVV, free from any phone nationwide since
        // 1 July 2018 (the old 141 was paid and replaced); still 24/7 in March 2026 (Estado de
        // Minas, on CVV's 64th year). Chat and e-mail on cvv.org.br, whose pages were not stored.
        name: 'CVV – Centro de Valorização da Vida',
        phones: [{ display: '188', tel: 'tel:188' }],
        chat: 'https://www.cvv.org.br',
        hours: '24/7',
        free: true,
        languages: ['pt'],
        sources: [
          {
            url: 'https://g1.globo.com/al/alagoas/noticia/2019/12/23/cvv-maceio-oferece-apoio-emocional-gratuito-por-telefone-no-natal-e-no-ano-novo.ghtml',
            checked: CHECKED,
          },
          {
            url: 'https://claudia.abril.com.br/noticias/suicidio-cvv-ligacao-gratuita/',
            checked: CHECKED,
          },
          {
            url: 'https://www.em.com.br/nacional/2026/03/7366817-centro-de-valorizacao-da-vida-completa-64-anos-e-celebra-a-escuta.html',
            checked: CHECKED,
          },
        ],
      },
    ],
  },
  {
    country: 'CA',
    lines: [
      {
        // Government of Canada launch release (30 Nov 2023): call or text 9-8-8, English and
        // French, 24/7; the Mental Health Commission of Canada says the same, and the CRTC made
        // calls and texts free of charge.
        name: '9-8-8: Suicide Crisis Helpline',
        phones: [{ display: '9-8-8', tel: 'tel:988' }],
        text: { display: '9-8-8', sms: 'sms:988' },
        hours: '24/7',
        free: true,
        languages: ['en', 'fr'],
        sources: [
          {
            url: 'https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html',
            checked: CHECKED,
          },
          {
            url: 'https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/',
            checked: CHECKED,
          },
          {
            url: 'https://muskoka411.com/canada-launching-9-8-8-suicide-crisis-phone-line-by-november-2023/',
            checked: CHECKED,
          },
        ],
      },
    ],
  },
  {
    country: 'CL',
    lines: [
      {
        // Minsal's line since 4 Jan 2023: *4141, free and confidential, 24/7; the Magallanes health
        // service (Nov 2025) adds "from any mobile". Reports from 2023 and Oct 2025 quote Minsal.
        name: 'Línea de Prevención del Suicidio *4141',
        phones: [{ display: '*4141', tel: 'tel:*4141' }],
        hours: '24/7',
        free: true,
        languages: ['es'],
        sources: [
          {
            url: 'https://www.biobiochile.cl/noticias/nacional/chile/2023/01/06/no-estas-solo-minsal-lanza-fono-confidencial-4141-para-auxiliar-a-personas-con-ideacion-suicida.shtml',
            checked: CHECKED,
          },
          {
            url: 'https://www.latercera.com/nacional/noticia/fono-4141-de-prevencion-del-suicidio-mas-de-227000-llamadas-atendidas-en-tres-anos/',
            checked: CHECKED,
          },
          {
            url: 'https://www.radiopolar.com/salud-mental-prevencion-suicidio-foco-especialistas-refuerzan-linea-4141-region',
            checked: CHECKED,
          },
        ],
      },
    ],
  },
  {
    country: 'CO',
    lines: [
      {
        // Bogotá's Secretaría Distrital de Salud, on its own site and the city's service guide:
        // dial 106 free from any phone in Bogotá, or WhatsApp 300 754 8933, 24 hours. Medellín and
        // Cali run their own 106 lines; no current national line could be confirmed.
        name: 'Línea 106 «El poder de ser escuchado»',
        area: 'Bogotá',
        phones: [{ display: '106', tel: 'tel:106' }],
        chat: 'https://wa.me/573007548933',
        hours: '24/7',
        free: true,
        languages: ['es'],
        sources: [
          {
            url: 'https://www.saludcapital.gov.co/Paginas2/Noticia_Portal_Detalle.aspx?IP=2498',
            checked: CHECKED,
          },
          {
            url: 'http://www.bogota.gov.co/servicios/guia-de-tramites-y-servicios/linea-106',
            checked: CHECKED,
          },
        ],
      },
    ],
  },
  {
    country: 'DE',
    lines: [
      {
        // TelefonSeelsorge (run by the churches): both numbers free and anonymous, around the
        // clock; chat and e-mail on telefonseelsorge.de.
        name: 'TelefonSeelsorge',
        phones: [
          { display: '0800 111 0 111', tel: 'tel:08001110111' },
          { display: '0800 111 0 222', tel: 'tel:08001110222' },
        ],
        chat: 'https://www.telefonseelsorge.de',
        hours: '24/7',
        free: true,
        languages: ['de'],
        sources: [
          { url: 'https://www.domradio.de/glossar/telefonseelsorge-0', checked: CHECKED },
          {
            url: 'https://www.spektrum.de/news/telefonseelsorge-erste-hilfe-fuer-die-seele/2055834',
            checked: CHECKED,
          },
        ],
      },
    ],
  },
  {
    country: 'ES',
    lines: [
      {
        // Ministerio de Sanidad's line (run by Cruz Roja at launch, 10 May 2022): free, 24/7,
        // with sign-language video interpretation and phone interpretation into other languages
        // (Sanidad's statement, quoted by Onda Cero); still run by the ministry in Oct 2025 (Faro
        // de Vigo, citing Sanidad's monthly figures). The ministry's own page was not stored.
        name: '024 Línea de atención a la conducta suicida',
        phones: [{ display: '024', tel: 'tel:024' }],
        hours: '24/7',
        free: true,
        languages: ['es'],
        interpreters: true,
        sources: [
          {
            url: 'https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-suicidio/2347183.shtml',
            checked: CHECKED,
          },
          {
            url: 'https://ondacero.es/noticias/sociedad/telefono-atencion-suicidio-recibio-15000-llamadas-primer-mes-funcionamiento_2022061062a36debdbf6f2000130de02.html',
            checked: CHECKED,
          },
          {
            url: 'https://www.farodevigo.es/galicia/2025/10/11/medio-millar-gallegos-mes-024-linea-suicidio-122499662.html',
            checked: CHECKED,
          },
        ],
      },
    ],
  },
  {
    country: 'FR',
    lines: [
      {
        // 3114's own site and the CNAF's monenfant.fr: free, confidential, 24/7, answered by
        // hospital professionals.
        name: '3114 – numéro national de prévention du suicide',
        phones: [{ display: '3114', tel: 'tel:3114' }],
        hours: '24/7',
        free: true,
        languages: ['fr'],
        sources: [
          { url: 'https://3114.fr/que-se-passe-t-il-quand-je-contacte-le-3114/', checked: CHECKED },
          {
            url: 'https://monenfant.fr./web/guest/3114%C2%A0-le-nouveau-num%C3%A9ro-national-de-pr%C3%A9vention-du-suicide',
            checked: CHECKED,
          },
        ],
      },
    ],
  },
  {
    country: 'GB',
    lines: [
      {
        // Samaritans' own contact page: 116 123 free from landlines and mobiles, any time;
        // jo@samaritans.org. Kept from the previous care text, re-checked.
        name: 'Samaritans',
        phones: [{ display: '116 123', tel: 'tel:116123' }],
        email: 'jo@samaritans.org',
        hours: '24/7',
        free: true,
        languages: ['en'],
        sources: [
          {
            url: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
            checked: CHECKED,
          },
        ],
      },
    ],
  },
  {
    country: 'IE',
    lines: [
      {
        // Samaritans Ireland (on samaritans.org): the same free 116 123 in the Republic since
        // 2014; a 24-7 service (its Dublin director, Irish Times); its own e-mail jo@samaritans.ie
        // (Irish Examiner, at its launch).
        name: 'Samaritans',
        phones: [{ display: '116 123', tel: 'tel:116123' }],
        email: 'jo@samaritans.ie',
        hours: '24/7',
        free: true,
        languages: ['en'],
        sources: [
          {
            url: 'https://www.samaritans.org/news/samaritans-ireland-responds-one-call-help-every-minute-last-year',
            checked: CHECKED,
          },
          {
            url: 'https://www.irishexaminer.com/ireland/charity-launches-email-service-as-calls-surge-to-over-625000-467986.html',
            checked: CHECKED,
          },
          {
            url: 'https://www.irishtimes.com/life-and-style/people/you-don-t-need-to-be-suicidal-to-ring-the-samaritans-1.2194042',
            checked: CHECKED,
          },
        ],
      },
    ],
  },
  {
    country: 'MX',
    lines: [
      {
        // Secretaría de Salud's line, run by CONASAMA: 800 911 2000, free, 24 hours, 365 days,
        // including suicidal crises (CONASAMA figures quoted Dec 2025; SSA releases Oct 2025 and
        // Jan 2026). In Sep 2025 the president described it as mainly for addictions; CONASAMA's
        // own description since then covers suicidal behaviour, so it stays.
        name: 'Línea de la Vida',
        phones: [{ display: '800 911 2000', tel: 'tel:8009112000' }],
        hours: '24/7',
        free: true,
        languages: ['es'],
        sources: [
          {
            url: 'https://www.eluniversal.com.mx/nacion/promueven-la-linea-de-la-vida-tras-presentar-encuesta-sobre-consumo-de-drogas-asi-puedes-pedir-ayuda/',
            checked: CHECKED,
          },
          {
            url: 'https://www.proceso.com.mx/ciencia-tecnologia/salud/2025/10/11/se-triplican-llamadas-la-linea-de-la-vida-en-el-primer-trimestre-de-2025-360581.html',
            checked: CHECKED,
          },
          {
            url: 'https://tribunademexico.com/ssa-invita-a-hacer-uso-de-linea-de-la-vida/',
            checked: CHECKED,
          },
        ],
      },
    ],
  },
  {
    country: 'NZ',
    lines: [
      {
        // Ministry of Health: call or text 1737 any time, day or night, free. Interpreters in
        // about 150 languages (Whakarongorau's psychiatrist, Pegasus Health).
        name: '1737 Need to talk?',
        phones: [{ display: '1737', tel: 'tel:1737' }],
        text: { display: '1737', sms: 'sms:1737' },
        hours: '24/7',
        free: true,
        languages: ['en'],
        interpreters: true,
        sources: [
          {
            url: 'https://www.health.govt.nz/news-media/news-items/phone-counselling-service-busy-following-christchurch-tragedy',
            checked: CHECKED,
          },
          { url: 'https://www.pegasus.health.nz/?p=6300', checked: CHECKED },
        ],
      },
    ],
  },
  {
    country: 'PE',
    lines: [
      {
        // Minsa's Línea 113, option 5 (mental health): free, 24 hours, nationwide (state TV, Jan
        // 2022; Minsa figures Dec 2024).
        name: 'Línea 113 – Salud mental',
        phones: [{ display: '113', tel: 'tel:113', menuOption: 5 }],
        hours: '24/7',
        free: true,
        languages: ['es'],
        sources: [
          {
            url: 'https://tvperu.gob.pe/noticias/locales/mas-de-100-mil-llamadas-en-salud-mental-atendio-la-linea-113-durante-el-2021',
            checked: CHECKED,
          },
          {
            url: 'https://www.infobae.com/peru/2024/12/29/linea-113-recibio-mas-de-135-mil-llamadas-de-apoyo-en-salud-mental-en-2024',
            checked: CHECKED,
          },
        ],
      },
    ],
  },
  {
    country: 'PT',
    lines: [
      {
        // National line by law (Lei 17/2024, Portaria 291/2025), since 10 Sep 2025: free, 24/7,
        // psychologists and mental-health nurses, coordinated by SPMS with SNS 24; over 2,000
        // calls in its first month (the government in parliament, Oct 2025, via RTP).
        name: 'Linha Nacional de Prevenção do Suicídio',
        phones: [{ display: '1411', tel: 'tel:1411' }],
        hours: '24/7',
        free: true,
        languages: ['pt'],
        sources: [
          {
            url: 'https://www.deco.proteste.pt/saude/saude-mental/noticias/linha-prevencao-suicidio-funciona-24-horas-por-dia',
            checked: CHECKED,
          },
          {
            url: 'https://www.e-konomista.pt/1411-nova-linha-nacional-de-prevencao-do-suicidio',
            checked: CHECKED,
          },
          {
            url: 'https://www.rtp.pt/noticias/pais/linha-para-prevencao-de-suicidio-com-mais-de-2000-pedidos-de-apoio-no-primeiro-mes_n1695253',
            checked: CHECKED,
          },
        ],
      },
      {
        // Volunteer line since 1978, daily 15:30-00:30 (DN and Saúde Online, Sep 2025; older
        // reports, RTP among them, give 16:00-24:00; the newer hours are kept). A fourth number,
        // 930 712 500, is only in the Sep 2025 wire reports, so the three every source gives stay.
        name: 'SOS Voz Amiga',
        phones: [
          { display: '213 544 545', tel: 'tel:+351213544545' },
          { display: '912 802 669', tel: 'tel:+351912802669' },
          { display: '963 524 660', tel: 'tel:+351963524660' },
        ],
        hours: { daily: { from: '15:30', to: '00:30' } },
        free: false,
        languages: ['pt'],
        sources: [
          {
            url: 'https://www.dn.pt/sociedade/linha-de-apoio-%C3%A0-preven%C3%A7%C3%A3o-do-suic%C3%ADdio-entrou-em-funcionamento-e-tem-o-n%C3%BAmero-1411',
            checked: CHECKED,
          },
          {
            url: 'https://24noticias.sapo.pt/atualidade/artigos/nova-linha-nacional-para-prevencao-do-suicidio-entra-em-funcionamento-como-funciona',
            checked: CHECKED,
          },
        ],
      },
    ],
  },
  {
    country: 'US',
    lines: [
      {
        // 988 Lifeline's own page: call (press 2 for Spanish), text 988 (AYUDA for Spanish) or
        // chat; Wyoming's health department: free, 24/7. Interpretation in 250+ languages on
        // calls (Lifeline description quoted by MCPHS).
        name: '988 Suicide & Crisis Lifeline',
        phones: [{ display: '988', tel: 'tel:988' }],
        text: { display: '988', sms: 'sms:988' },
        chat: 'https://988lifeline.org',
        hours: '24/7',
        free: true,
        languages: ['en', 'es'],
        interpreters: true,
        sources: [
          { url: 'https://988lifeline.org/get-help/what-to-expect', checked: CHECKED },
          {
            url: 'https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline',
            checked: CHECKED,
          },
          {
            url: 'https://www.mcphs.edu/student-life/counseling-services/emergency-services/988-suicide-and-crisis-lifeline',
            checked: CHECKED,
          },
        ],
      },
    ],
  },
  {
    country: 'UY',
    lines: [
      {
        // ASSE's Línea Vida since July 2018: 0800 0767, or *0767 from a mobile, free, 24 hours
        // (MSP and ASSE quoted in 2019-2020 reports).
        name: 'Línea Vida',
        phones: [
          { display: '0800 0767', tel: 'tel:08000767' },
          { display: '*0767', tel: 'tel:*0767', area: 'desde celulares' },
        ],
        hours: '24/7',
        free: true,
        languages: ['es'],
        sources: [
          {
            url: 'https://www.elobservador.com.uy/nota/salvar-vidas-por-telefono-como-funciona-la-linea-de-prevencion-del-suicidio-de-asse--2019118153935',
            checked: CHECKED,
          },
          {
            url: 'https://www.subrayado.com.uy/cada-tres-dias-un-adolescente-se-suicida-uruguay-n648093',
            checked: CHECKED,
          },
          {
            url: 'https://carmeloportal.com/46611-indice-de-suicidios-se-ubica-en-2025-por-cada-100-000-habitantes/amp',
            checked: CHECKED,
          },
        ],
      },
    ],
  },
];

/**
 * Shown first when the person's country is unknown or not in the table, and offered after the
 * country's own lines otherwise: a free directory of helplines by country (Throughline's).
 */
export const HELPLINE_DIRECTORY: Directory = {
  name: 'Find A Helpline',
  url: 'https://findahelpline.com',
  sources: [{ url: 'https://findahelpline.com/AU', checked: CHECKED }],
};
