"""pt: Ateliê Renda da Lagoa (made up), a bobbin-lace (renda de bilro) workshop and shop in Lagoa da Conceição,
Florianópolis (Santa Catarina, Brazil): ready-made pieces, made-to-order tablecloths and runners, restoring family lace,
lace for brides' veils, classes, gift wrapping and company gifts, shipping across Brazil; the owner writes standard
Brazilian Portuguese (você), customers write everyday Florianópolis / manezinho Portuguese (tu with the verb's tu
form, tás, queres que te diga, ó-lhó-lhó, que coisa mais querida, dasse, tás tolo?, mofas com a pomba na balaia, ixi,
o Continente, a Ilha). Prices in reais (R$). The bot serves pt-BR."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_PRECO = "Quanto custam as peças de renda?"
Q_ENVIO = "Vocês entregam ou enviam pelo correio?"
Q_PRAZO = "Quanto tempo leva uma encomenda?"
Q_CONSERTO = "Vocês consertam renda antiga?"
Q_CUIDADO = "Que linha vocês usam e como se lava a renda?"
Q_AULA = "Vocês dão aulas de renda de bilro?"
Q_PAGAMENTO = "Quais formas de pagamento vocês aceitam?"
Q_SINAL = "Precisa pagar sinal na encomenda?"
Q_GARANTIA = "As peças têm garantia?"
Q_DEFEITO = "E se a peça chegar com defeito ou diferente do combinado?"
Q_CANCELAR = "Posso cancelar ou mudar uma encomenda?"
Q_ATELIE = "Onde fica o ateliê e qual é o horário?"
Q_SOBMEDIDA = "Como faço uma encomenda sob medida?"
Q_NOIVA = "Vocês fazem renda para noivas?"
Q_PRESENTE = "Vocês fazem embalagem de presente e kits para empresas?"

FAQ = [
    (Q_PRECO,
     "Peças prontas: centro de mesa redondo de 30 cm R$ 95, caminho de mesa de 1,50 m R$ 320, gola R$ 140, par de "
     "brincos R$ 45. Toalha de mesa de 1,60 × 2,20 m só sob encomenda: R$ 2.400. Cada peça é feita à mão por "
     "rendeiras da Lagoa.",
     "preços", ["preço", "valor", "caminho de mesa", "toalha", "quanto custa"],
     ["quanto sai um caminho de mesa", "preço de toalha de renda", "valor das peças"]),
    (Q_ENVIO,
     "Na Ilha entregamos grátis em compras acima de R$ 200 (abaixo disso, R$ 20). No Continente (São José, Palhoça, "
     "Biguaçu): R$ 30. Para o resto do Brasil enviamos pelos Correios (PAC ou Sedex, valor pelo CEP), com prazo de "
     "3 a 10 dias úteis depois da postagem. Postamos em até 2 dias úteis.",
     "entrega", ["entrega", "envio", "Correios", "frete", "Sedex"],
     ["mandam para outro estado", "quanto é o frete", "entregam em São José"]),
    (Q_PRAZO,
     "Peças prontas saem na hora. Sob encomenda: centro de mesa 1 semana, caminho de mesa 3 semanas, toalha grande "
     "de 60 a 90 dias. Para o Natal, aceitamos encomendas até 5 de dezembro, só de peças de até 40 cm.",
     "encomendas", ["prazo", "demora", "quanto tempo", "fica pronto", "Natal"],
     ["quanto tempo demora uma toalha", "fica pronto até o Natal", "qual o prazo"]),
    (Q_CONSERTO,
     "Sim. Restauramos renda de bilro e rendas de família: avaliação grátis no ateliê, conserto a partir de R$ 60 "
     "(peças pequenas) ou R$ 40 por hora de trabalho. Prazo normal de 15 dias; serviço urgente (casamento, batizado) "
     "em até 5 dias com 30 % a mais. Lavagem especial de renda amarelada: R$ 50.",
     "serviços", ["conserto", "restauração", "renda antiga", "remendo", "urgente"],
     ["dá para consertar uma renda rasgada", "restauram toalha antiga", "arrumam véu de família"]),
    (Q_CUIDADO,
     "Usamos linha 100 % algodão nº 40 e nº 60, em branco, cru e 12 cores. Lave à mão em água fria com sabão "
     "neutro, sem torcer e sem alvejante, e seque à sombra esticada sobre uma toalha. Não use máquina de lavar. "
     "Passe do avesso com um pano por cima.",
     "produtos", ["linha", "algodão", "lavar", "cuidados", "alvejante"],
     ["pode lavar na máquina", "de que é feita a linha", "como cuidar da renda"]),
    (Q_AULA,
     "Sim. Turmas às terças e quintas das 14h às 16h e aos sábados das 9h às 11h. Mensalidade R$ 220 (8 aulas) ou "
     "aula avulsa R$ 35. A partir de 10 anos. No primeiro mês emprestamos a almofada e os bilros; o kit próprio "
     "custa R$ 180.",
     "aulas", ["aula", "curso", "turma", "aprender", "mensalidade"],
     ["quero aprender renda", "quanto custa o curso", "tem aula para criança"]),
    (Q_PAGAMENTO,
     "Pix, dinheiro, cartão de débito e de crédito (até 3x sem juros em compras acima de R$ 300) e link de "
     "pagamento para encomendas de fora. Não aceitamos cheque.",
     "pagamento", ["pagamento", "Pix", "cartão", "parcelar", "dinheiro"],
     ["aceita Pix", "dá para parcelar", "aceita cartão"]),
    (Q_SINAL,
     "Nas encomendas pedimos 50 % de sinal e o restante na entrega. O orçamento vale 15 dias. Emitimos nota fiscal "
     "com CPF ou CNPJ.",
     "pagamento", ["sinal", "entrada", "adiantamento", "nota fiscal", "CNPJ"],
     ["tem que pagar tudo antes", "quanto é o sinal", "emitem nota fiscal"]),
    (Q_GARANTIA,
     "As peças têm 90 dias de garantia contra defeito de acabamento (emenda que se abre, fio que escapa). A garantia "
     "não cobre uso de alvejante, máquina de lavar ou lavanderia industrial, traças nem estragos de animais.",
     "garantia", ["garantia", "defeito", "acabamento", "cobertura"],
     ["quanto tempo de garantia", "a garantia cobre lavagem", "se abrir a emenda"]),
    (Q_DEFEITO,
     "Mande uma foto pelo WhatsApp (48) 99614-2270 em até 7 dias do recebimento. Se a peça tiver defeito ou for "
     "diferente do combinado (cor, medida, desenho), consertamos grátis em até 10 dias ou devolvemos o dinheiro, "
     "e o frete de volta fica por nossa conta.",
     "atendimento", ["reclamação", "defeito", "troca", "devolução", "errado"],
     ["a peça veio errada", "quero reclamar", "chegou com defeito"]),
    (Q_CANCELAR,
     "A rendeira começa a peça 3 dias úteis depois do sinal. Até lá, você pode cancelar e recebe o sinal inteiro de "
     "volta em até 5 dias úteis, pelo mesmo meio de pagamento, ou mudar medida e cor sem custo. Depois de começada a "
     "peça, ficamos com 50 % do sinal.",
     "encomendas", ["cancelar", "desistir", "mudar", "devolução do sinal"],
     ["quero cancelar minha encomenda", "posso trocar a cor", "devolvem o sinal"]),
    (Q_ATELIE,
     "Rua das Rendeiras, 48, Lagoa da Conceição, Florianópolis. De terça a sábado das 9h às 18h e domingo das 10h "
     "às 14h. Segunda-feira fechado.",
     "geral", ["endereço", "horário", "Lagoa da Conceição", "ateliê"],
     ["onde vocês ficam", "abre domingo", "que horas fecha"]),
    (Q_SOBMEDIDA,
     "Mande pelo WhatsApp (48) 99614-2270 a medida, a cor e uma foto de referência, ou traga a peça ao ateliê. O "
     "orçamento sai em 2 dias úteis. Antes de começar, você aprova o desenho do pique (o molde da renda).",
     "encomendas", ["sob medida", "orçamento", "encomendar", "foto de referência"],
     ["quero uma toalha do meu tamanho", "fazem igual a uma peça antiga", "como peço orçamento"]),
    (Q_NOIVA,
     "Sim. Fazemos barrado de véu (3 m a partir de R$ 1.900), aplicações para vestido e mantilhas, e também peças de "
     "batizado. Prazo de 90 dias; as medidas são combinadas com a costureira da noiva.",
     "encomendas", ["noiva", "véu", "casamento", "vestido", "batizado"],
     ["fazem véu de noiva", "renda para vestido de casamento", "quanto custa um véu"]),
    (Q_PRESENTE,
     "A caixa de presente com papel de seda e cartão escrito à mão é grátis. Para empresas: kits a partir de 20 "
     "peças com 10 % de desconto e etiqueta com a sua marca; pedidos de fim de ano até 10 de dezembro.",
     "produtos", ["presente", "embalagem", "kit", "empresa", "cartão"],
     ["embrulham para presente", "fazem brinde para empresa", "mandam com cartão"]),
]

PLAN = [
    [
        ("Boa tarde! Quanto sai um caminho de mesa de renda de bilro, desses de uns 1,50m? E vocês mandam pra "
         "Curitiba? É pra minha sogra",
         "Small talk greeting + " + both(Q_PRECO, Q_ENVIO) + " — a 1.50 m table runner R$ 320; to the rest of Brazil by "
         "Correios (PAC or Sedex, priced by postcode), 3-10 working days after posting, posted within 2 working days.",
         "Only one half without pointing to the other; 'free shipping'; an invented price; the gift entry alone."),
        ("e um redondinho menor, daqueles pra botar no meio?",
         faq(Q_PRECO) + " — a round 30 cm centrepiece R$ 95.",
         "Repeating the R$ 320 runner; the made-to-order entry; the lead-time entry."),
        ("tá, e chega lá antes do Natal? dá pra ir embrulhadinho bonito com um bilhete meu dentro?",
         both(Q_ENVIO, Q_PRESENTE) + " — ready-made pieces are posted within 2 working days and take 3-10 working "
         "days, so before Christmas if ordered now; the gift box with tissue paper and a handwritten card is free.",
         "Only one half without pointing to the other; the lead-time entry's 5 December rule for made-to-order "
         "pieces as if it applied; the company-kit discount."),
        ("Ó-lhó-lhó, que coisa mais querida! Brigadão, viu? Vou ver com meu marido e depois te chamo. Beijo!",
         "Small talk: acknowledgement + thanks + goodbye (`ó-lhó-lhó` = wow, Florianópolis; `que coisa mais "
         "querida` = how lovely; `brigadão` = big thanks; `te chamo` = I'll message you) — a short friendly close.",
         "An FAQ answer; choices; a handover; asking what `ó-lhó-lhó` means."),
    ],
    [
        ("oi boa tarde, tudo bom? queria tirar uma dúvida",
         "Too vague to answer — choices (prices, repairs, classes...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("O véu da minha avó, que todas as mulheres da família usaram pra casar, rasgou na ponta quando a gente "
         "tirou do baú. Minha filha casa dia 12 na igrejinha da Lagoa e queria muito usar. Tem como salvar isso a "
         "tempo?",
         TYPE + faq(Q_CONSERTO) + " — free assessment at the workshop, repair from R$ 60 or R$ 40 an hour; normally "
         "15 days, urgent (weddings) within 5 days for 30 % more, so 12 December is possible. Warmth is welcome.",
         "Tapping a choice; the bridal entry (a new veil border, 90 days); the lead-time entry; the guarantee entry."),
        ("e depois de arrumado, posso botar na máquina? tá amarelado, com cheiro de guardado",
         faq(Q_CUIDADO) + " — no machine: by hand in cold water with neutral soap, no wringing, no bleach, dried in "
         "the shade. (The restoration entry's special wash for yellowed lace, R$ 50, may be added.)",
         "Saying it can go in the machine; the guarantee entry; the price list."),
        ("Escuta, tu és gente mesmo ou é robô? Pergunto porque tás respondendo rápido demais, queres que te diga",
         "Small talk: are you a bot (`tu és`, `tás` = tu estás, `queres que te diga` = I must say, Florianópolis) — "
         "honest: an automated assistant; offers a person.",
         "Claiming to be a person; an FAQ answer; choices; a joke."),
    ],
    [
        ("olá, é sobre a minha filha",
         "Too vague to answer — choices (classes, bridal lace, orders...) or a clarifying question.",
         "A handover; one entry answered as if sure."),
        ("nada a ver, não é isso não",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the "
         "same choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("ela tem 12 anos e desde que viu a bisavó trabalhando na almofada quer porque quer fazer igual. tem lugar "
         "pra ela de tarde, depois da escola? precisa levar alguma coisa?",
         faq(Q_AULA) + " — from 10 years; groups Tuesday and Thursday 14h-16h, Saturday 9h-11h; R$ 220 a month (8 "
         "classes) or R$ 35 a class; cushion and bobbins lent the first month, own kit R$ 180.",
         "The price list of pieces; 'not covered'; the made-to-order entry (`fazer igual`)."),
        ("e vocês bordam nome em toalha de banho? queria de presente pro aniversário dela",
         "Not covered (near the trade: embroidering names on bath towels, not offered) — says so honestly, may "
         "offer a person; no price.",
         "The gift-wrapping entry (`presente`); the price list (`toalha`); inventing an embroidery price."),
    ],
    [
        ("Sou da recepção de uma pousada em Santo Antônio de Lisboa e queremos 20 centrinhos pra pôr nos quartos. "
         "Aceitam Pix? E tem que pagar tudo antes ou dá pra dar uma parte?",
         both(Q_PAGAMENTO, Q_SINAL) + " — Pix, cash, debit and credit card (up to 3 instalments without interest "
         "over R$ 300), payment link; 50 % deposit on made-to-order work, the rest on delivery; invoice with CNPJ. "
         "(The company-kit discount, 10 % from 20 pieces, may be mentioned.)",
         "Only one half without pointing to the other; 'no Pix'; 'pay everything up front'."),
        ("não, não foi isso que eu perguntei. quero saber é se com as lavagens da lavanderia solta um ponto, vocês "
         "arrumam sem cobrar?",
         "Acknowledges the push-back + " + faq(Q_GARANTIA) + " — 90 days against finishing defects, but industrial "
         "laundry, washing machines and bleach are not covered.",
         "Repeating the payment answer; saying the laundry damage is covered; the complaint entry alone."),
        ("Dasse! De novo outra coisa, tás tolo? Assim não dá. Me passa pra alguém do ateliê, uma pessoa de verdade, "
         "agora!",
         "Push-back (second time in a row) + request for a person, annoyed (`dasse` = damn, `tás tolo?` = are you "
         "crazy?, Florianópolis) — a short apology and a handover.",
         "Another FAQ answer; the workshop address for `do ateliê`; choices; asking to rephrase again."),
        ("oi?? tem alguém aí ou me deixaram falando sozinha",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no "
         "invented wait time.",
         "An FAQ answer; a new greeting; promising a time."),
    ],
    [
        ("QUE ABSURDO. A toalha que encomendei chegou ontem com um buraco do lado e a cor é creme, eu pedi branca! "
         "Paguei R$ 2.400 e ninguém me responde no zap!!",
         faq(Q_DEFEITO) + " — calm, apologises: a photo by WhatsApp (48) 99614-2270 within 7 days of receipt "
         "(received yesterday: in time); a hole and the wrong colour are repaired or remade free within 10 days or "
         "the money is returned, return shipping paid by the shop. Passing it on to a person is fine as well. "
         "(`zap` = WhatsApp.)",
         "Cold rule ignoring the anger; the guarantee entry alone; the price entry (`R$ 2.400`); blaming the "
         "customer."),
        ("aproveitando: sabes se já começou a safra da tainha? meu pai quer ir no Pântano do Sul comprar",
         "Not covered (unrelated: whether the mullet fishing season has started, Pântano do Sul) — says it cannot "
         "help, no FAQ answer.",
         "The delivery entry; inventing an answer; the opening hours."),
        ("pede pra dona me ligar amanhã cedinho, antes das 8, no (48) 99127-5830. depois disso tô no plantão do "
         "hospital e não atendo",
         "Hands over / passes on a callback request to (48) 99127-5830 tomorrow (Thursday 3 December) before 8h00; "
         "no FAQ answer. The workshop opens at 9h00, so the reply must not promise that time.",
         "Ignoring the number or the time; only giving the shop's number; the opening hours as the answer; "
         "promising a call before 8."),
        ("tá. mas liga mesmo? porque da última vez que pedi isso em loja ninguém ligou",
         AFTER + "Waiting — about the callback: reassures, no invented time, no promise for the owner; no FAQ answer.",
         "The 10-day repair time as the answer; promising an exact time; a new greeting."),
    ],
    [
        ("Boa tarde. Dei a entrada anteontem da toalha pra mesa de jantar nova, mas descobrimos que a mesa não passa "
         "na porta do apartamento e vamos devolver. Então uma toalha daquele tamanho não me serve mais",
         faq(Q_CANCELAR) + " — the lace-maker starts 3 working days after the deposit (Monday → Thursday 3 "
         "December), so until then the deposit comes back in full within 5 working days the same way, or the size "
         "can be changed free; once started, 50 % of the deposit is kept. Must not claim it is cancelled. "
         "(`entrada` = deposit.)",
         "Claiming it is cancelled now; the deposit entry (50 %) as the answer; 'the deposit is lost'."),
        ("hmm tá bom então, acho que sim",
         "Ambiguous yes — asks whether to cancel or change the size (and confirms the next step) or explains it; "
         "must not claim anything is cancelled.",
         "Saying the order is now cancelled; a random FAQ entry; a goodbye."),
        ("e os R$ 1.200 que passei no Pix voltam todos?",
         faq(Q_CANCELAR) + " — if the lace-maker has not started (before Thursday), all R$ 1.200 back by Pix within 5 "
         "working days; once started, R$ 600.",
         "The payment entry (Pix) as the answer; the deposit entry; 'nothing comes back'."),
        ("Ixi, mofas com a pomba na balaia... tô toda atrapalhada. Não tem uma das rendeiras aí pra eu conversar "
         "direto?",
         "Hands over to a person (`ixi` = oh dear, `mofas com a pomba na balaia` = Florianópolis exclamation of "
         "disbelief, `atrapalhada` = muddled, `uma das rendeiras` = one of the lace-makers, i.e. a person) — short, "
         "no FAQ answer.",
         "Asking to rephrase; the classes entry (`rendeiras`); another FAQ answer."),
    ],
    [
        ("Oi, boa tarde! Onde fica o ateliê de vocês e abre domingo? Queria levar a foto de uma toalha antiga pra "
         "vocês fazerem uma igual, no tamanho da minha mesa",
         "Small talk greeting + " + both(Q_ATELIE, Q_SOBMEDIDA) + " — Rua das Rendeiras 48, Lagoa da Conceição, "
         "Tuesday-Saturday 9h-18h and Sunday 10h-14h (closed Monday); send size, colour and a photo by WhatsApp or "
         "bring it, quote within 2 working days, the pattern approved before work starts.",
         "Only one half without pointing to the other; 'closed Sundays'; the restoration entry (`antiga`)."),
        ("É que essa toalha era do enxoval da minha mãe, e agora é a minha vez: caso em junho e queria esse mesmo "
         "desenho na grinalda e na cauda",
         faq(Q_NOIVA) + " — a veil border (3 m from R$ 1.900) and appliqués for the dress; 90 days, so June is "
         "fine; measurements agreed with the bride's dressmaker. (`grinalda` = headpiece, `cauda` = train.)",
         "The restoration entry; the tablecloth price; the lead-time entry alone."),
        ("e quanto fica isso? e a toalha, se eu encomendar agora, fica pronta quando?",
         both(Q_NOIVA, Q_PRAZO) + " — the veil border from R$ 1.900 (3 m); a large tablecloth takes 60-90 days.",
         "Only one half without pointing to the other; the Christmas rule as if it applied; the price list alone."),
    ],
]

if __name__ == "__main__":
    print(write_faq("pt", FAQ))
    print(write_plan("pt", PLAN))
