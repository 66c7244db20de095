"""pt: Redes Costa do Sol, Lda. (made up), a maker and fitter of mosquito screens (fixed window screens, screen doors,
roll-up screens, repairs) on the Avenida Vladimir Lenine, Maputo, Mozambique; the owner writes standard Mozambican
Portuguese (European norm: factura, a + infinitive, você), customers write everyday Maputo Portuguese (maningue, nice,
kanimambo, xará, mola, bazar, mufana, mamana, madala, xiconhoca, eish, ya, flat, estou a pedir, chapa, txopela,
matabicho). Prices in meticais (MT). The bot serves pt (pt-PT norm; no pt-MZ)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_JANELA = "Quanto custa uma rede mosquiteira para janela?"
Q_PORTA = "Também fazem redes para portas?"
Q_ZONA = "Atendem na Matola e fora de Maputo?"
Q_CONSERTO = "Fazem reparação de redes estragadas?"
Q_MATERIAL = "Que materiais usam?"
Q_MALARIA = "As redes impedem a entrada de todos os mosquitos?"
Q_PAGAMENTO = "Quais são as formas de pagamento?"
Q_FACTURA = "Passam factura?"
Q_PRAZO = "Quanto tempo demora desde a medição até à montagem?"
Q_RECLAMACAO = "O que faço se houver um problema com a montagem?"
Q_CANCELAR = "Posso cancelar ou mudar a data?"
Q_LOJA = "Onde fica a loja e qual é o horário?"
Q_MEDICAO = "Como marco a medição?"
Q_GARANTIA = "Qual é a garantia?"
Q_ENROLAVEL = "Têm redes enroláveis?"

FAQ = [
    (Q_JANELA,
     "Rede fixa com caixilho de alumínio e tela de fibra de vidro: 1.850 MT por janela até 1,20 × 1,20 m; janelas "
     "maiores a 1.400 MT por metro quadrado. A medição e a montagem estão incluídas na cidade de Maputo. A partir de "
     "8 janelas na mesma casa, 10 % de desconto.",
     "precos", ["preço", "janela", "rede fixa", "mosquiteira", "custo"],
     ["quanto fica a rede de uma janela", "preço por janela", "quanto cobram pelas redes"]),
    (Q_PORTA,
     "Sim. Porta de rede de abrir, com mola e fecho magnético (até 0,90 × 2,10 m): 6.500 MT. Rede de correr para "
     "portas de varanda: 8.900 MT. Com tela reforçada para cães e gatos: mais 15 %.",
     "produtos", ["porta", "porta de rede", "varanda", "correr", "animais"],
     ["rede para a porta da cozinha", "porta de correr da varanda", "tela que os cães não rasgam"]),
    (Q_ZONA,
     "Na cidade de Maputo não cobramos deslocação. Matola e Boane: 500 MT; Marracuene: 900 MT; KaTembe: 1.200 MT. "
     "Mais longe (Namaacha, Manhiça, Ponta do Ouro), orçamento conforme a distância. A medição é sempre gratuita.",
     "servico", ["Matola", "deslocação", "Boane", "Marracuene", "KaTembe"],
     ["vão até à Matola", "quanto cobram para ir a Marracuene", "atendem na KaTembe"]),
    (Q_CONSERTO,
     "Sim. Troca da tela de uma janela: 650 MT; de uma porta: 1.200 MT; troca de molas, fechos ou rodízios: 350 MT "
     "cada. Fazemos também redes de outras empresas. A reparação é feita em casa, normalmente na mesma semana.",
     "servico", ["reparação", "rasgada", "conserto", "substituir", "buraco"],
     ["a minha rede rasgou", "consertam a rede da porta", "trocam só a tela"]),
    (Q_MATERIAL,
     "Caixilhos de alumínio anodizado (branco, bronze ou preto) e tela de fibra de vidro cinzenta, que não enferruja "
     "com a maresia. Tela de aço inoxidável para casas junto ao mar ou com animais: mais 25 %. Parafusos em inox.",
     "produtos", ["material", "alumínio", "fibra de vidro", "inox", "maresia"],
     ["de que são feitas as redes", "enferrujam perto do mar", "têm tela de metal"]),
    (Q_MALARIA,
     "A nossa tela tem 18 × 16 fios por polegada e impede a entrada dos mosquitos, incluindo os que transmitem a "
     "malária, desde que as redes fiquem bem fechadas. Recomendamos na mesma o mosquiteiro de cama e o tratamento "
     "médico em caso de febre: a rede reduz o risco, não o elimina.",
     "produtos", ["malária", "mosquitos", "protecção", "tela", "insectos"],
     ["as redes protegem da malária", "passam mosquitos pequenos", "entram insectos"]),
    (Q_PAGAMENTO,
     "Aceitamos M-Pesa, e-Mola, mKesh, transferência para o BCI ou o Millennium bim, cartão no POS da loja e "
     "numerário. O sinal de 50 % é pago ao encomendar e o restante no dia da montagem.",
     "pagamentos", ["pagamento", "M-Pesa", "e-Mola", "transferência", "sinal"],
     ["posso pagar por M-Pesa", "aceitam cartão", "quanto se paga ao encomendar"]),
    (Q_FACTURA,
     "Sim, passamos factura com o NUIT do cliente em todos os trabalhos; o IVA de 16 % já está incluído nos preços. "
     "Empresas e ONG podem pagar a 30 dias com requisição assinada. A factura é enviada por e-mail em 2 dias úteis.",
     "pagamentos", ["factura", "NUIT", "IVA", "empresa", "recibo"],
     ["preciso de factura", "factura com NUIT", "o IVA está incluído"]),
    (Q_PRAZO,
     "Medimos em 48 horas depois do pedido. O fabrico leva 5 dias úteis depois do sinal e a montagem faz-se num só "
     "dia (cerca de 1 hora por janela). Em dezembro, para ter as redes antes do Natal, encomende até 15 de dezembro.",
     "servico", ["prazo", "demora", "fabrico", "instalação", "quando"],
     ["quando ficam prontas", "em quantos dias instalam", "chega antes do Natal"]),
    (Q_RECLAMACAO,
     "Envie fotos por WhatsApp para o 84 612 4470 até 7 dias depois da montagem. Um técnico vai a sua casa em 48 horas "
     "úteis e corrige sem custo o que for defeito nosso (rede solta, que não fecha ou que caiu); se a peça estiver "
     "mal medida, fazemos outra gratuitamente.",
     "garantia", ["reclamação", "queixa", "defeito", "mal feito"],
     ["quero reclamar", "a rede ficou mal", "o trabalho tem defeito"]),
    (Q_CANCELAR,
     "Até ao início do fabrico (24 horas depois do pagamento do sinal) devolvemos o sinal por inteiro, pelo mesmo "
     "meio, em 3 dias úteis. Depois de iniciado o fabrico, ficamos com 30 % do sinal. Mudar a data da montagem é "
     "gratuito com 24 horas de aviso.",
     "encomendas", ["cancelar", "anular", "devolução", "mudar a data", "encomenda"],
     ["quero desistir da encomenda", "devolvem o sinal", "adiar a montagem"]),
    (Q_LOJA,
     "Avenida Vladimir Lenine, 2315, Maputo (perto do Mercado do Povo). Segunda a sexta das 8h00 às 17h00, sábado das "
     "8h00 às 13h00; domingo e feriados fechado. WhatsApp 84 612 4470, telefone 21 41 88 30.",
     "contacto", ["endereço", "horário", "loja", "localização", "aberto"],
     ["onde ficam", "a que horas abrem", "abrem ao sábado"]),
    (Q_MEDICAO,
     "Envie por WhatsApp (84 612 4470) o endereço, o número de janelas e portas e um dia que lhe dê jeito. A medição é "
     "gratuita e leva 30 minutos; o orçamento segue no mesmo dia. Também pode trazer as medidas à loja.",
     "encomendas", ["medição", "medir", "orçamento", "visita", "marcar"],
     ["vêm medir a casa", "quero um orçamento", "como faço a encomenda"]),
    (Q_GARANTIA,
     "2 anos de garantia nos caixilhos, molas e fechos, 1 ano na tela. A garantia não cobre rasgões feitos por animais, "
     "crianças ou objectos, nem redes alteradas por outras pessoas.",
     "garantia", ["garantia", "anos", "cobertura", "defeito de fábrica"],
     ["quanto tempo de garantia", "a garantia cobre a tela", "se partir no primeiro ano"]),
    (Q_ENROLAVEL,
     "Sim: rede enrolável em caixa de alumínio, que sobe ou desliza para o lado quando não é precisa, ideal para "
     "janelas que abrem para fora. 4.200 MT por janela até 1,20 × 1,40 m; porta enrolável lateral 9.800 MT.",
     "produtos", ["enrolável", "retráctil", "rolo", "recolhe"],
     ["rede que enrola", "janela que abre para fora", "rede que se esconde"]),
]

PLAN = [
    [
        ("Boa tarde! Quanto fica rede para janela? Tenho 6 janelas numa flat na Matola e queria saber se vocês vão "
         "até lá tb",
         "Small talk greeting + " + both(Q_JANELA, Q_ZONA) + " — 1.850 MT a window up to 1.20 × 1.20 m (larger at "
         "1.400 MT/m²), measuring and fitting included; Matola 500 MT travel, measuring free. (`flat` = flat, "
         "apartment.)",
         "Only one half without pointing to the other; 'Matola is free'; the 8-window discount applied to 6; an "
         "invented price."),
        ("e se forem só 4?",
         faq(Q_JANELA) + " — 4 × 1.850 MT = 7.400 MT (if each is up to 1.20 × 1.20 m), plus the 500 MT to Matola.",
         "The door entry; the discount (from 8 windows); repeating the 6-window total."),
        ("a sala tem uma porta de vidro de correr que dá pra varanda, dá pra fazer rede nisso também? o nosso cão "
         "não vai rasgar logo?",
         faq(Q_PORTA) + " — a sliding screen for balcony doors 8.900 MT; with reinforced pet mesh 15 % more.",
         "The repair entry (`rasgar`); the guarantee entry (animals not covered) as the only answer; the window price."),
        ("ya, maningue nice! kanimambo xará, vou falar com a minha esposa e depois volto a escrever. abraço",
         "Small talk: acknowledgement + thanks + goodbye (`maningue nice` = really great, `kanimambo` = thank you, "
         "`xará` = mate) — a short friendly close.",
         "An FAQ answer; choices; a handover; asking what `kanimambo` means."),
    ],
    [
        ("Bom dia, estou a pedir uma ajuda",
         "Too vague to answer — choices (prices, measuring, repairs...) or a clarifying question. (`estou a pedir` = "
         "please, I'd like.)",
         "A handover; one entry answered at length as if sure."),
        ("O meu mufana estava a jogar bola dentro de casa e fez um furo enorme no quarto, na tela da janela, agora "
         "entram mosquitos a noite toda. Dá pra remendar ou tem de ser tudo novo?",
         TYPE + faq(Q_CONSERTO) + " — the screen of one window replaced for 650 MT, at home, usually within the same "
         "week (also screens by other firms). (`mufana` = boy.)",
         "Tapping a choice; the new-window price (1.850 MT) as the answer; the guarantee entry (children's damage not "
         "covered) alone; the malaria entry."),
        ("e essas redes seguram mesmo aqueles mosquitos pequeninos da malária? tenho medo por causa do bebé",
         faq(Q_MALARIA) + " — the 18 × 16 mesh keeps mosquitoes out, malaria ones included, if the screens close "
         "well; a bed net and a doctor in case of fever are still advised: it lowers the risk, does not remove it.",
         "Promising full protection from malaria; medical advice beyond the FAQ; the materials entry alone."),
        ("Desculpa, estou a falar com uma pessoa ou com uma máquina? A mamana do lado disse que agora é tudo robô",
         "Small talk: are you a bot (`mamana` = lady, older woman) — honest: an automated assistant; may offer a "
         "person.",
         "Claiming to be a person; an FAQ answer; choices."),
    ],
    [
        ("olá, é sobre a minha encomenda",
         "Too vague to answer — choices (lead time, cancelling, payment...) or a clarifying question.",
         "A handover; one entry answered as if sure."),
        ("não, nada disso",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the "
         "same choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("quero é saber quantos dias levam a partir do dia em que vêm tirar as medidas até ficar tudo posto, que a minha sogra "
         "chega de Chimoio no dia 20",
         faq(Q_PRAZO) + " — measured within 48 hours, made in 5 working days after the deposit, fitted in one day "
         "(about 1 hour a window); for before Christmas order by 15 December (20 December is possible if ordered "
         "now).",
         "The measuring entry alone; the cancel/change-date entry (`dia 20`); the 'outside Maputo' entry (`Chimoio`)."),
        ("e vocês também fazem fumigação contra mosquitos no quintal?",
         "Not covered (near the trade: garden fumigation, not offered) — says so honestly, may offer a person; no "
         "price.",
         "Inventing a price; the malaria entry as if it answered; the screen price."),
    ],
    [
        ("É para o escritório da nossa ONG na Sommerschield. Dá para pagar por M-Pesa? E precisamos de factura com o "
         "NUIT da organização.",
         both(Q_PAGAMENTO, Q_FACTURA) + " — M-Pesa, e-Mola, mKesh, transfer (BCI, Millennium bim), card, cash; 50 % "
         "deposit on ordering; an invoice with the NUIT on every job, 16 % VAT included, NGOs may pay at 30 days with "
         "a signed order, invoice by e-mail in 2 working days.",
         "Only one half without pointing to the other; 'VAT on top'; 'cash only'."),
        ("não era bem isso. o que quero saber é se daqui a um ano a coisa se estragar, vocês vêm trocar sem cobrar?",
         "Acknowledges the push-back + " + faq(Q_GARANTIA) + " — 2 years on frames, springs and catches, 1 year on "
         "the mesh; not tears by animals, children or objects.",
         "Repeating the payment answer; the repair prices alone (650 MT) as if paid; the complaint entry alone."),
        ("Eish, outra vez outra conversa! Isto não anda, estás a me fazer perder tempo. Passa-me já a alguém da "
         "loja, uma pessoa a sério",
         "Push-back (second time in a row) + request for a person, annoyed (`eish` = ugh) — a short apology and a "
         "handover.",
         "Another FAQ answer; choices; asking to rephrase again; the shop address as the answer."),
        ("estão aí?? ou já me deixaram pendurado",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no "
         "invented wait time.",
         "An FAQ answer; a new greeting; promising a time."),
    ],
    [
        ("QUE FALTA DE RESPEITO. Puseram as redes na quinta passada e já duas caíram com o vento, a outra nem fecha "
         "direito. Paguei 11 mil meticais e ninguém atende o telefone. Xiconhocas!!",
         faq(Q_RECLAMACAO) + " — calm, apologises: photos by WhatsApp 84 612 4470 within 7 days of fitting (Thursday "
         "26 November: still in time), a technician within 48 working hours, fixed free if their fault (a screen that "
         "fell or does not close). Passing it on to a person is fine as well. (`xiconhocas` = crooks.)",
         "Cold rule ignoring the anger; the guarantee entry alone; the price entry (`11 mil`); blaming the wind or "
         "the customer."),
        ("e já agora, sabes onde se come uma boa matapa com caranguejo aqui na Baixa?",
         "Not covered (unrelated: where to eat matapa with crab downtown) — says it cannot help, no FAQ answer.",
         "Inventing a restaurant; the shop address; the 'outside Maputo' entry."),
        ("o dono que me ligue amanhã depois das 18h para o 84 317 2290, de dia estou no serviço na Machava e não posso "
         "atender",
         "Hands over / passes on a callback request to 84 317 2290 tomorrow (Thursday 3 December) after 18h00; no "
         "FAQ answer. The shop closes at 17h00, so the reply must not promise that time. (`o serviço` = work.)",
         "Ignoring the number or the time; only the shop's number; the hours as the answer; promising a call after "
         "18h; the 'outside Maputo' entry (`Machava`)."),
        ("ok. e demora? vão ligar mesmo ou fico à espera até sexta?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The 48-hour technician visit or the lead-time entry as the answer; promising a day or time."),
    ],
    [
        ("Boa tarde. Paguei o sinal ontem para as redes da casa na Costa do Sol, mas o senhorio afinal vai vender a "
         "casa e nós vamos bazar em janeiro. Então já não vale a pena",
         faq(Q_CANCELAR) + " — until making starts (24 hours after the deposit: paid yesterday, so possibly just "
         "started) the whole deposit back the same way within 3 working days; after that 30 % of it kept; moving the "
         "date free with 24 hours' notice. Must not claim it is cancelled. (`bazar` = to leave, move out.)",
         "Claiming it is cancelled now; the payment entry; 'the deposit is lost'."),
        ("hmm... ya, pode ser",
         "Ambiguous yes (`ya` = yes) — asks whether to cancel or move the date, or explains the next step; must not "
         "claim anything is cancelled.",
         "Saying the order is now cancelled; a random FAQ entry; a goodbye."),
        ("e os 5.500 que mandei por e-Mola, volta tudo?",
         faq(Q_CANCELAR) + " — in full if making has not started (24 hours after the deposit), else 30 % kept "
         "(1.650 MT), back the same way (e-Mola) within 3 working days.",
         "The payment entry (`e-Mola`) as the answer; 'all back' without the 24-hour condition."),
        ("Pá, estou maningue confuso com isto tudo. Não tem aí um madala ou uma mamana da loja com quem eu possa "
         "falar? Máquina não quero",
         "Hands over to a person (`maningue` = very, `madala` = an older man, `mamana` = an older woman) — short, "
         "no FAQ answer.",
         "Asking to rephrase; another FAQ answer; the shop address."),
    ],
    [
        ("Bom dia! Posso passar hoje na loja para marcar alguém vir ver as janelas? Até que horas estão abertos?",
         "Small talk greeting + " + both(Q_LOJA, Q_MEDICAO) + " — Av. Vladimir Lenine 2315, Monday-Friday 8h00-17h00, "
         "Saturday 8h00-13h00; measuring booked by WhatsApp 84 612 4470 (or with measurements brought to the shop), "
         "free, 30 minutes, quote the same day.",
         "Only one half without pointing to the other; 'open Sundays'."),
        ("é que no quarto do bebé a janela abre para fora, com rede fixa não dá. Tem daquelas que sobem e "
         "desaparecem numa caixinha quando não se precisa?",
         faq(Q_ENROLAVEL) + " — yes, roll-up screens in an aluminium box, for windows that open outwards: 4.200 MT a "
         "window up to 1.20 × 1.40 m.",
         "The fixed-window price; the malaria entry (`bebé`); the door entry."),
        ("E essas aguentam a maresia? Moramos a 200 metros da praia e aqui tudo ganha ferrugem. E quanto sai uma "
         "dessas?",
         both(Q_MATERIAL, Q_ENROLAVEL) + " — anodised aluminium and fibreglass mesh do not rust in sea air (stainless "
         "mesh 25 % more); the roll-up screen 4.200 MT a window.",
         "Only one half without pointing to the other; the guarantee entry; the fixed-window price."),
    ],
]

if __name__ == "__main__":
    print(write_faq("pt", FAQ))
    print(write_plan("pt", PLAN))
