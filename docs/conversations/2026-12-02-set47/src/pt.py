"""pt: Marmoraria Pedra Goiana (made up), a stone-countertop workshop (granite, marble and quartz worktops, sinks,
thresholds, barbecue areas) in Goiânia, Goiás; the owner writes standard Brazilian Portuguese (você), customers write
everyday Goiano Brazilian Portuguese (uai, sô, trem, cê/cês/ocê, dimais, nó, bão, brigadão, fica com Deus, num, pra/pro,
fiquei foi, embolei, tá, vcs). The bot serves pt-BR."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_PRECO = "Quanto custa o metro quadrado do granito?"
Q_PRAZO = "Qual o prazo de entrega e instalação?"
Q_CUBA = "Vocês fazem o recorte da cuba e do cooktop?"
Q_POLIMENTO = "Vocês fazem polimento e tiram manchas?"
Q_CUIDADOS = "Como conservar a pedra no dia a dia?"
Q_CONSERTO = "Vocês consertam pedra trincada ou lascada?"
Q_SOLEIRA = "Vocês fazem soleiras, peitoris e degraus de escada?"
Q_PAGAMENTO = "Quais as formas de pagamento?"
Q_RETIRADA = "Vocês retiram a bancada antiga?"
Q_GARANTIA = "Qual a garantia do serviço?"
Q_CANCELAR = "Posso cancelar o pedido?"
Q_LOJA = "Onde fica a loja e qual o horário?"
Q_REGIAO = "Vocês atendem fora de Goiânia?"
Q_GOURMET = "Vocês fazem bancada de churrasqueira e área gourmet?"
Q_AMOSTRA = "Posso levar uma amostra da pedra?"

FAQ = [
    (Q_PRECO,
     "Preço por m², já instalado, com acabamento reto na borda: granito Cinza Andorinha R$ 450; Verde Ubatuba R$ 620; "
     "Branco Itaúnas R$ 690; Preto São Gabriel R$ 780. Quartzo branco a partir de R$ 1.450 o m². Borda boleada ou "
     "meia-esquadria: mais R$ 45 por metro linear. O orçamento é gratuito pelo WhatsApp com as medidas aproximadas.",
     "precos", ["granito", "preço", "metro quadrado", "valor", "quartzo"],
     ["quanto tá o granito preto", "qual o valor do m2", "preço do quartzo"]),
    (Q_PRAZO,
     "Depois do sinal, a medição no local é feita em até 3 dias úteis. A peça fica pronta em 10 a 15 dias úteis depois "
     "da medição, e a instalação leva 1 dia. Os armários precisam estar instalados e nivelados no dia da medição.",
     "pedidos", ["prazo", "entrega", "instalação", "medição", "demora"],
     ["quanto tempo demora pra ficar pronto", "quando vocês vêm medir", "em quantos dias instala"]),
    (Q_CUBA,
     "Sim, na própria oficina: recorte para cuba de embutir ou de sobrepor R$ 120; recorte para cooktop R$ 150; furo para "
     "torneira R$ 40. Vendemos cubas de inox a partir de R$ 290; cuba esculpida na própria pedra a partir de R$ 850. "
     "Se trouxer a sua cuba, precisamos dela no dia da medição.",
     "pedidos", ["cuba", "recorte", "cooktop", "furo", "torneira"],
     ["vocês fazem o buraco da pia", "vendem cuba de inox", "recorte do fogão"]),
    (Q_POLIMENTO,
     "Sim. Polimento e recuperação de brilho de mármore e granito: R$ 95 por m², mínimo de R$ 450, feito no local em "
     "1 dia. Tratamento de manchas de óleo, vinho ou ferrugem: R$ 180 por mancha (sem garantia de remoção total em "
     "mármore claro). Impermeabilização logo depois: R$ 40 por m².",
     "servicos", ["polimento", "mancha", "brilho", "restauração", "opaca"],
     ["a pedra perdeu o brilho", "tem como tirar mancha de óleo", "quanto custa polir mármore"]),
    (Q_CUIDADOS,
     "Limpe com pano úmido e detergente neutro. Não use vinagre, limão, água sanitária nem saponáceo, principalmente "
     "em mármore. Não coloque panela quente direto na pedra. Refaça a impermeabilização a cada 12 meses (R$ 40 por m² "
     "com a gente). Kit de limpeza e impermeabilizante para fazer em casa: R$ 69.",
     "servicos", ["limpeza", "conservar", "produto", "impermeabilizar", "cuidado"],
     ["com que produto eu limpo", "pode usar água sanitária", "de quanto em quanto tempo impermeabiliza"]),
    (Q_CONSERTO,
     "Sim, quando dá: colagem de trinca com resina e pó da própria pedra R$ 250 até 1 metro; lasca na borda R$ 120 por "
     "ponto. A emenda fica visível de perto. Se a peça estiver solta ou a trinca atravessar a cuba, o certo é trocar a "
     "peça, pelo preço do m² do material. Avaliamos por foto no WhatsApp sem custo.",
     "servicos", ["trinca", "rachadura", "lascado", "conserto", "quebrou"],
     ["minha pia rachou", "tem conserto pedra quebrada", "lascou a ponta da bancada"]),
    (Q_SOLEIRA,
     "Sim. Soleira de granito (até 15 cm de largura) R$ 85 o metro linear; peitoril de janela R$ 95 o metro linear; "
     "degrau de escada com espelho R$ 190 por degrau em granito cinza. Instalação incluída a partir de 5 peças; abaixo "
     "disso, R$ 100 de instalação. Prazo de 7 dias úteis.",
     "pedidos", ["soleira", "peitoril", "degrau", "escada", "porta"],
     ["quanto custa soleira de porta", "fazem escada de granito", "peitoril pra janela"]),
    (Q_PAGAMENTO,
     "Sinal de 50 % no pedido e o restante no dia da instalação. Aceitamos PIX (chave CNPJ 21.486.395/0001-07), "
     "dinheiro, débito e cartão de crédito em até 10x sem juros para pedidos acima de R$ 1.000. No PIX à vista, 5 % de "
     "desconto. Não trabalhamos com cheque nem boleto.",
     "pedidos", ["pagamento", "PIX", "cartão", "parcelar", "sinal"],
     ["dá pra parcelar", "aceita pix", "quanto é o sinal"]),
    (Q_RETIRADA,
     "Sim. Retiramos a bancada antiga (pedra, azulejo ou alvenaria) e levamos o entulho para descarte licenciado por "
     "R$ 180 por bancada até 3 metros; acima disso, R$ 60 por metro a mais. Feito no dia da instalação. A ligação da "
     "água e do esgoto é com o seu encanador.",
     "servicos", ["retirada", "remoção", "descarte", "bancada velha", "demolir"],
     ["vocês tiram a pia velha", "levam o entulho", "quem quebra a bancada antiga"]),
    (Q_GARANTIA,
     "1 ano de garantia na instalação (peça que soltar, desnivelar ou cuba que descolar) e 5 anos contra trincas "
     "causadas pela fixação. Mande fotos ou vídeo pelo WhatsApp (62) 99638-2140: fazemos a visita em até 48 horas úteis "
     "sem custo, e o conserto em garantia é gratuito. Danos aos armários causados por falha nossa são ressarcidos.",
     "servicos", ["garantia", "defeito", "reclamação", "descolou", "problema"],
     ["a cuba descolou", "quero fazer uma reclamação", "está na garantia"]),
    (Q_CANCELAR,
     "Até a medição, o sinal é devolvido integralmente por PIX em até 5 dias úteis. Depois que a chapa é cortada, ficamos "
     "com 30 % do valor do material e devolvemos o restante do sinal no mesmo prazo. Adiar a instalação é gratuito por "
     "até 60 dias.",
     "pedidos", ["cancelar", "desistir", "devolução", "reembolso", "adiar"],
     ["quero desistir do pedido", "devolvem o sinal", "posso adiar a instalação"]),
    (Q_LOJA,
     "Avenida Anhanguera, 7.415, Setor Leste Vila Nova, Goiânia. Segunda a sexta das 8h às 18h e sábado das 8h às 12h; "
     "domingo e feriado fechado. No showroom ficam mais de 40 chapas expostas. Telefone (62) 3214-5587, WhatsApp (62) "
     "99638-2140.",
     "loja", ["loja", "horário", "endereço", "sábado", "showroom"],
     ["onde vocês ficam", "abre sábado", "que horas fecha"]),
    (Q_REGIAO,
     "Goiânia, Aparecida de Goiânia, Senador Canedo, Trindade e Goianira sem taxa de deslocamento. Anápolis, Inhumas, "
     "Nerópolis e Hidrolândia: R$ 150 de deslocamento (medição e instalação juntas). Acima de 80 km de Goiânia, só com "
     "orçamento especial.",
     "loja", ["região", "atendem", "deslocamento", "Anápolis", "cidade"],
     ["vocês vão em Aparecida", "atendem em Anápolis", "cobram deslocamento"]),
    (Q_GOURMET,
     "Sim. Bancada de área gourmet em granito a partir do preço do m² do material; revestimento de churrasqueira em "
     "granito de R$ 1.100 a R$ 1.800 conforme o tamanho; para área externa com sol indicamos granito escuro ou cinza. "
     "Prazo de 15 dias úteis depois da medição.",
     "pedidos", ["churrasqueira", "área gourmet", "varanda", "calor", "externa"],
     ["revestir a churrasqueira", "bancada pra varanda", "granito aguenta calor"]),
    (Q_AMOSTRA,
     "Sim. Damos até 3 amostras de 10 x 10 cm grátis na loja. Como cada chapa é diferente, depois do sinal você pode vir "
     "escolher a chapa exata no showroom (agende pelo WhatsApp). Amostra de quartzo: R$ 15 cada, descontados no pedido.",
     "loja", ["amostra", "pedaço", "escolher", "cor", "mostruário"],
     ["posso ver a pedra antes", "vocês dão amostra", "como escolho a cor"]),
]

PLAN = [
    [  # 1
        ("oi boa tarde! tô reformando a cozinha aqui no Jardim América e queria fazer a bancada de granito preto. quanto "
         "que tá e em quanto tempo vcs entregam instalado?",
         "Small talk greeting + " + both(Q_PRECO, Q_PRAZO) + " — Preto São Gabriel R$ 780 per m² installed (other "
         "granites R$ 450-690); measuring within 3 working days after the deposit, the piece ready 10-15 working days "
         "after measuring, fitting takes 1 day.",
         "Only one half without pointing to the other; an invented price; 'ready next week'."),
        ("é em L, uns 3 por 60 de fundura e mais 1,80 do outro lado",
         faq(Q_PRECO) + " — 3 × 0,6 + 1,8 × 0,6 = 2,88 m² × R$ 780 ≈ R$ 2.246 in Preto São Gabriel (doing the sum is a "
         "plus; stating the price per m² is acceptable).",
         "The delivery-time entry; the thresholds entry (metre rates); a price per linear metre."),
        ("o buraco da pia e do fogão cês fazem aí mesmo? e a cuba eu compro com vcs ou levo a minha?",
         faq(Q_CUBA) + " — cut-out for a sink R$ 120, for a cooktop R$ 150; stainless sinks from R$ 290, carved stone "
         "sink from R$ 850; a sink of one's own must be there on the measuring day.",
         "The old-worktop removal entry (`buraco`); the repair entry; 'only your own sink'."),
        ("nó, bão dimais! brigadão, moço, vou conversar com o marido e volto a falar com cê. fica com Deus",
         "Small talk: acknowledgement + thanks + goodbye (`nó` = wow, `bão dimais` = great, `brigadão` = thanks a lot, "
         "`fica com Deus` = goodbye) — short friendly close.",
         "An FAQ answer; choices; a handover; asking what the customer means."),
    ],
    [  # 2
        ("bom dia, queria tirar uma dúvida",
         "Too vague to answer — choices (prices, repairs, polishing...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("minha sogra derrubou vinho tinto na pia branca no natal passado e ficou aquela marca roxa que não sai com "
         "nada, e perto do fogão tá tudo fosco, parece que a pedra morreu. tem jeito de voltar a ficar bonita?",
         TYPE + faq(Q_POLIMENTO) + " — polishing and shine recovery R$ 95 per m², minimum R$ 450, done on site in 1 day; "
         "stain treatment R$ 180 per stain (no guarantee of full removal on light marble); sealing afterwards R$ 40 "
         "per m².",
         "Tapping a choice; the repair entry; the care entry alone; a new worktop's price."),
        ("e depois pra não acontecer de novo, que produto eu passo?",
         faq(Q_CUIDADOS) + " — damp cloth and neutral detergent; no vinegar, lemon, bleach or scouring powder; reseal "
         "every 12 months (R$ 40 per m²); home kit R$ 69.",
         "The polishing entry again without the care; the warranty entry; 'nothing can be done'."),
        ("ô moço, me fala uma coisa: ocê é gente mesmo ou é um trem desses de computador? responde rápido dimais, uai",
         "Small talk: are you a bot (`ocê` = you, `um trem desses` = one of those things, `dimais` = too, `uai` = "
         "well) — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover; choices."),
    ],
    [  # 3
        ("boa noite, tô com um problema aqui em casa",
         "Too vague to answer — choices (repairs, warranty, polishing...) or a clarifying question.",
         "A handover; one entry answered as if sure."),
        ("num é nada disso não, moço",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("meu marido pôs a panela de pressão fervendo direto em cima e deu um estalo, agora tem uma linha fininha "
         "atravessando do fogão até a parede, dá pra sentir com a unha. e na ponta perto da geladeira saiu um "
         "pedacinho quando bateram a cadeira",
         faq(Q_CONSERTO) + " — resin repair of a crack R$ 250 up to 1 metre, a chipped edge R$ 120 per spot (the mend "
         "is visible close up); if loose or the crack runs through the sink cut-out, the piece is replaced at the m² "
         "price; a free assessment from a photo on WhatsApp.",
         "The care entry (`panela`); the warranty entry; the polishing entry; a new worktop's price alone."),
        ("vcs tambem assentam porcelanato? queria trocar o piso da sala",
         "Not covered (near the trade: laying porcelain floor tiles, not offered) — says so honestly, may offer a "
         "person; no price.",
         "Inventing a tiling price; the thresholds entry as if it were flooring; the price per m² of granite."),
    ],
    [  # 4
        ("quanto fica as soleiras das 6 portas da casa? e dá pra passar no cartão parcelado?",
         both(Q_SOLEIRA, Q_PAGAMENTO) + " — thresholds R$ 85 per linear metre (up to 15 cm wide), fitting included "
         "from 5 pieces, 7 working days; card in up to 10 instalments without interest for orders over R$ 1.000 (50 % "
         "deposit, rest on fitting; 5 % off with PIX).",
         "Only one half without pointing to the other; 'no instalments'; the granite price per m²."),
        ("não, não foi isso que eu perguntei. a minha de hoje é daquelas de azulejo com cimento, quem arranca ela fora "
         "e some com o entulho? é vcs ou tenho que arrumar um pedreiro?",
         "Acknowledges the push-back + " + faq(Q_RETIRADA) + " — they take out the old worktop (stone, tile or "
         "masonry) and dispose of the rubble, R$ 180 up to 3 metres, on the fitting day; the plumbing reconnection is "
         "the customer's plumber.",
         "Repeating the thresholds/payment answer; the repair entry; 'we don't do that'; the sink cut-out entry."),
        ("ah num tô acreditando, errou de novo?! ô trem ruim, sô. me passa agora pra alguém da loja, pelo amor de Deus, "
         "que eu já tô perdendo a paciência",
         "Push-back (second time in a row) + request for a person (annoyed; `ô trem ruim, sô` = what a useless thing, "
         "man) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("e aí? ninguém vai me responder não?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting; promising a time."),
    ],
    [  # 5
        ("GENTE DO CÉU. a pia que vcs colocaram mês passado tá despencando, a cuba soltou por baixo e a água escorre "
         "toda pra dentro do armário, já estufou o MDF novinho. paguei quase 4 mil nessa cozinha e ninguém atende o "
         "telefone, que palhaçada é essa??",
         faq(Q_GARANTIA) + " — calm, apologises: 1 year on the fitting (a sink coming loose included); photos or video "
         "by WhatsApp (62) 99638-2140, a visit within 48 working hours at no cost, the repair under warranty free; "
         "damage to the cabinets caused by their fault is paid back.",
         "Cold rule ignoring the anger; the sink cut-out price (`cuba`); the repair price as if the customer had to "
         "pay; the old-worktop removal."),
        ("cê sabe se a Feira Hippie vai funcionar nesse domingo?",
         "Not covered (unrelated: Goiânia's Sunday street market) — says it cannot help with that, no FAQ answer.",
         "Inventing the market's hours; the shop's own hours; the area entry."),
        ("pede pro seu Valdir me ligar amanhã depois das 7 da noite no (62) 98154-7730, que antes disso eu tô na obra",
         "Hands over / passes on a callback request to (62) 98154-7730 tomorrow (Thursday 3 December) after 19:00; no "
         "FAQ answer. The shop closes at 18:00, so the reply must not promise the time. (Seu Valdir is taken to be "
         "the owner.)",
         "Ignoring the number or the time; only giving the shop's phone; the opening hours as the answer; promising "
         "the call after 7."),
        ("ele demora pra ligar? tô com o celular aqui na mão",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The 48-hour warranty visit or the delivery time as the answer; promising an exact time."),
    ],
    [  # 6
        ("oi, semana passada a gente fechou a cozinha com vcs e eu passei a entrada, a medição ficou pra quinta que vem "
         "porque os armário ainda não chegaram. mas meu marido foi transferido pra "
         "Palmas e vamos mudar em janeiro, então aquela bancada não vai mais precisar não",
         faq(Q_CANCELAR) + " — before the measuring the deposit is refunded in full by PIX within 5 working days; once "
         "the slab is cut, 30 % of the material is kept and the rest refunded; postponing up to 60 days is free. Must "
         "not claim the order is cancelled.",
         "Claiming it is cancelled now; the area entry (`Palmas`); the payment entry; 'the deposit is lost'."),
        ("é... tá, né",
         "Ambiguous yes — asks whether to cancel the order, or explains the next step; must not claim anything is "
         "cancelled.",
         "Saying the order is now cancelled; a random FAQ entry; a goodbye."),
        ("e os 1.500 que eu mandei no pix, volta tudo?",
         faq(Q_CANCELAR) + " — all of it, since the measuring has not been done yet (by PIX within 5 working days); "
         "after the slab is cut, 30 % of the material's value would be kept.",
         "The payment entry (50 % deposit, PIX key) as the answer; 'never refunded'; the warranty entry."),
        ("ai ai, agora embolei tudo, fiquei foi perdida. tem como eu falar com uma pessoa de verdade aí? me passa pra "
         "alguém, faz favor",
         "Hands over to a person (`embolei tudo` = I got it all muddled, `fiquei foi perdida` = I'm completely lost) "
         "— short, no FAQ answer.",
         "Asking to rephrase; another FAQ answer; mocking the way of speaking."),
    ],
    [  # 7
        ("bom dia! vcs abrem sábado de tarde? e vão até Anápolis fazer serviço?",
         "Small talk greeting + " + both(Q_LOJA, Q_REGIAO) + " — Saturday only 8h-12h (weekdays 8h-18h), Avenida "
         "Anhanguera 7.415; Anápolis is served with R$ 150 travel (measuring and fitting together).",
         "Only one half without pointing to the other; 'open Saturday afternoon'; 'we don't go to Anápolis'."),
        ("lá no fundo de casa meu pai ergueu um cantinho pra assar carne domingo com a família, mas a pia lá é de "
         "tijolo e tá feia, e em volta do fogo tá tudo preto de fumaça. dá pra cobrir tudo de pedra bonita?",
         faq(Q_GOURMET) + " — a worktop for the barbecue area at the material's price per m²; cladding the barbecue in "
         "granite R$ 1.100-1.800 by size; dark or grey granite advised outdoors in the sun; 15 working days after "
         "measuring. (`cantinho` = little corner, `assar carne` = barbecue.)",
         "The old-worktop removal entry (`tijolo`); the polishing entry (`preto`); the repair entry."),
        ("e isso fica pronto em quanto tempo? ah, e dá pra eu pegar um pedacinho das pedras pra minha mulher ver antes "
         "de escolher?",
         both(Q_GOURMET, Q_AMOSTRA) + " — 15 working days after measuring; up to 3 free 10 × 10 cm samples in the shop "
         "(the exact slab can be chosen in the showroom after the deposit); the general 10-15 working days is acceptable.",
         "Only one half without pointing to the other; 'no samples'; the price list again; the thresholds' 7 days."),
    ],
]

if __name__ == "__main__":
    print(write_faq("pt", FAQ))
    print(write_plan("pt", PLAN))
