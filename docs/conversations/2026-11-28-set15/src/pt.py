"""Portuguese (Brazil, Recife/Pernambuco): Gráfica Rápida Boa Vista, quick print shop, Boa Vista (Recife)."""
from common_es_nl_pt import AFTER, CHOICES, REJECT, WAIT, both, faq, overlap_report, write_faq, write_plan

HORARIO = "Qual o horário de funcionamento?"
IMPRESSAO = "Quanto custa imprimir?"
ENCADERNACAO = "Quanto custa a encadernação?"
CARTAO = "Vocês fazem cartão de visita?"
BANNER = "Vocês fazem banner e adesivo?"
PRAZO = "Em quanto tempo fica pronto?"
ARQUIVO = "Como envio meu arquivo?"
ARTE = "Vocês criam a arte?"
PAGAMENTO = "Quais as formas de pagamento?"
ENTREGA = "Vocês entregam?"
CANCELAR = "Posso cancelar um pedido?"
DEFEITO = "O pedido veio com defeito, o que eu faço?"
ONDE = "Onde fica a gráfica?"
CONVITE = "Vocês fazem convite de casamento e aniversário?"
ESTUDANTE = "Tem desconto para estudante?"

ZAP = "WhatsApp (81) 3222-4510"

FAQ = [
    (HORARIO, "Segunda a sexta das 8h às 18h, sábado das 8h às 13h. Domingo e feriado fechado. O WhatsApp responde no mesmo horário.",
     "horário", ["horário", "abre", "fecha", "funcionamento"], ["Vocês abrem no sábado?", "Até que horas fica aberto?"]),
    (IMPRESSAO, "Impressão A4 preto e branco R$0,50 a página; colorida R$1,50 a página. Acima de 100 páginas preto e branco: R$0,35 a página.",
     "preços", ["impressão", "imprimir", "colorida", "preto e branco", "página"], ["Quanto é a cópia?", "Qual o valor da impressão colorida?"]),
    (ENCADERNACAO, "Espiral até 100 folhas R$6, de 101 a 300 folhas R$10. Capa dura R$45, pronta em 2 dias úteis.",
     "preços", ["encadernação", "espiral", "capa dura", "encadernar"], ["Quanto é pra encadernar?", "Vocês fazem capa dura?"]),
    (CARTAO, "Sim: 1.000 cartões em couchê 300g, frente colorida R$120, frente e verso coloridos R$150. Prazo de 3 dias úteis depois da aprovação da arte.",
     "produtos", ["cartão de visita", "cartões", "couchê"], ["Quanto custa mil cartões?", "Fazem cartão frente e verso?"]),
    (BANNER, "Sim: banner em lona com bastão e cordão R$60 o m²; adesivo vinil R$70 o m². Prazo de 24h; acima de 3 m², 48h.",
     "produtos", ["banner", "adesivo", "lona", "vinil"], ["Quanto custa um banner?", "Fazem adesivo pra carro?"]),
    (PRAZO, "Impressões e cópias na hora (até 200 páginas); espiral em até 1h; banner em 24h; cartões em 3 dias úteis e convites em 5 dias úteis após a aprovação da arte. Serviço urgente: +30% no valor.",
     "prazos", ["prazo", "pronto", "demora", "urgente"], ["Quanto tempo demora?", "Vocês fazem urgente?"]),
    (ARQUIVO, f"Por e-mail (arquivos@graficaboavista.com.br) ou pelo {ZAP}, de preferência em PDF. Pelo WhatsApp até 25 MB; arquivo maior, mande por WeTransfer ou link do Google Drive.",
     "pedidos", ["arquivo", "pdf", "e-mail", "enviar"], ["Posso mandar o arquivo pelo WhatsApp?", "Em que formato mando o arquivo?"]),
    (ARTE, "Sim, criamos a arte: cartão de visita R$50, convite R$80, banner R$70. Inclui até 2 ajustes; cada ajuste extra R$15.",
     "pedidos", ["arte", "criação", "design", "layout"], ["Vocês fazem o design?", "Preciso levar a arte pronta?"]),
    (PAGAMENTO, "Pix, dinheiro, débito e crédito (até 3x sem juros acima de R$150). Encomendas: 50% de sinal no pedido e o restante na retirada.",
     "pagamento", ["pagamento", "pix", "cartão de crédito", "parcelar", "sinal"], ["Aceita Pix?", "Dá pra parcelar?"]),
    (ENTREGA, "Entregamos por motoboy: R$12 em Boa Vista, Santo Amaro, Graças e Derby; R$18 nos demais bairros do Recife; R$25 para Olinda e Jaboatão. Pedidos acima de R$300 têm entrega grátis dentro do Recife.",
     "entrega", ["entrega", "motoboy", "frete", "entregar"], ["Quanto é o frete?", "Vocês entregam fora do Recife?"]),
    (CANCELAR, f"Pode cancelar sem custo até aprovar a prova da arte. Depois de aprovada, o pedido entra em produção e o sinal de 50% não é devolvido. Cancelamento pelo {ZAP}, com o número do pedido.",
     "pedidos", ["cancelar", "cancelamento", "desistir", "sinal"], ["Quero desistir do pedido", "Vocês devolvem o sinal?"]),
    (DEFEITO, "Pedimos desculpa! Traga o material ou mande foto em até 7 dias, com o número do pedido. Se o problema for nosso (cor, corte ou texto diferente da prova aprovada), refazemos sem custo em até 2 dias úteis. O que já estava na prova aprovada não é refeito de graça.",
     "reclamações", ["defeito", "errado", "problema", "reclamação", "refazer"], ["Meu pedido veio errado", "Vocês refazem o serviço?"]),
    (ONDE, "Rua da Imperatriz, 210, Boa Vista, Recife, perto da Ponte da Boa Vista. Não temos estacionamento; tem Zona Azul na rua.",
     "local", ["endereço", "onde", "localização", "estacionamento"], ["Qual o endereço?", "Tem estacionamento?"]),
    (CONVITE, "Sim, a partir de 50 unidades: 50 convites 10x15 cm em couchê R$95, com envelope R$140. Prazo de 5 dias úteis depois da aprovação da arte.",
     "produtos", ["convite", "casamento", "aniversário", "envelope"], ["Quanto custa 100 convites?", "Fazem convite de 15 anos?"]),
    (ESTUDANTE, "Sim, 10% em impressões e encadernações apresentando carteirinha de estudante válida. Não vale para cartões, banners e convites nem junto com outras promoções.",
     "preços", ["estudante", "desconto", "carteirinha", "universitário"], ["Tem desconto pra universitário?", "Aluno paga menos?"]),
]

CONVS = [
    [  # 1: greeting + question, follow-ups, two in one, thanks/goodbye
        ("boa tarde! vcs abrem sabado?",
         faq(HORARIO, "Saturday 8h–13h (a short hello back is fine)"),
         "only a greeting; choices"),
        ("e domingo?",
         faq(HORARIO, "closed on Sundays and holidays (follow-up)"),
         "'didn't understand'; choices"),
        ("quanto fica pra imprimir meu tcc colorido? sao umas 80 paginas",
         faq(IMPRESSAO, "colour R$1,50 a page → about R$120 for 80 pages (the R$0,35 rate is only B&W above 100 pages)"),
         "the encadernação entry; applying the R$0,35 rate"),
        ("e o espiral? ah e tem desconto pq sou da ufpe",
         both(ENCADERNACAO, ESTUDANTE, "espiral up to 100 sheets R$6; 10% on printing and binding with a valid student card"),
         "only one half with no pointer to the other"),
        ("massa, vlw visse! tmj",
         "Small talk: thanks/goodbye ('massa' = great, 'visse' = you hear?) — short reply",
         "an FAQ answer; a handover"),
    ],
    [  # 2: vague -> choices; question typed while choices show; follow-up; bot?
        ("queria uma informação sobre meu pedido",
         "Too vague to answer — choices (prazo / cancelar / defeito / entrega) or a question which",
         "a handover; answering one entry as if sure"),
        ("o cara da moto vai ate olinda?",
         CHOICES + faq(ENTREGA, "yes, Olinda R$25"),
         "ignoring the typed text; 'not covered'"),
        ("e se passar de 300?",
         faq(ENTREGA, "free delivery above R$300 only inside Recife; Olinda stays R$25 as the FAQ reads"),
         "'free delivery' for Olinda; the payment (3x above R$150) entry"),
        ("vc é gente ou é robo? kkkk",
         "Small talk: honest — an automatic assistant, a person can take over if wanted; no handover",
         "claiming to be a person; a handover unasked"),
    ],
    [  # 3: vague, typed rejection, rephrasing, near-trade not offered
        ("preciso de umas coisas pra festa da minha filha",
         "Too vague to answer — choices (convites / banner) or a question",
         "a handover; 'not covered'"),
        ("nao é nada disso nao",
         REJECT + "Push-back (first time) — apologise, ask what they need; no handover yet",
         "the same choices again; a handover"),
        ("quero saber se vcs desenham o convite ou eu tenho q trazer feito",
         faq(ARTE, "yes, they design it: convite R$80, 2 adjustments included, extra R$15 each"),
         "the convite price entry only; the prazo entry"),
        ("e vcs estampam camisa tb? queria umas com a foto dela",
         "Not covered by the FAQ (T-shirt printing, near-trade) — say so, offer a person",
         "the banner/adesivo entry; the arte entry"),
    ],
    [  # 4: unrelated, answer, push-back twice
        ("sabe se o metro ta rodando hj? disseram q tem greve",
         "Not covered by the FAQ (metro strike, unrelated) — can't help with that",
         "the address entry; the delivery entry"),
        ("consigo mandar pelo zap? é um pdf grandao",
         faq(ARQUIVO, "WhatsApp up to 25 MB; bigger → WeTransfer or Google Drive link, or e-mail"),
         "the delivery entry; choices"),
        ("oxe, nao foi isso q perguntei",
         "Push-back (first time) — apologise, ask what is missing or offer a person",
         "the same answer again; a handover before asking"),
        ("vixe, de novo?? deixa de munganga e resolve meu problema",
         "Push-back (second time in a row; 'munganga' = fuss) — hand over to a person now",
         "the file answer a third time; more choices"),
    ],
    [  # 5: angry customer the FAQ covers, follow-up, cancel an order, ambiguous no
        ("to muito aperreada, os cartoes vieram com meu telefone errado!! paguei 150 conto e agora?? q absurdo",
         faq(DEFEITO, "apology; bring it or send a photo within 7 days with the order number; if it differs from the approved proof, redone free within 2 working days"),
         "no apology; the cancel entry; a handover instead of the answer"),
        ("e se o erro ja tava na prova q eu aprovei?",
         faq(DEFEITO, "then it is not redone for free"),
         "'we redo it free anyway'; the cancel entry"),
        ("quer saber, cancela tb o pedido dos convites da minha irma",
         faq(CANCELAR, f"free until the proof is approved; after that the 50% deposit is kept; cancel via {ZAP} with the order number"),
         "saying the bot cancelled it"),
        ("nao",
         "Ambiguous nao — acknowledge or ask what they mean; never claim an order was or wasn't cancelled",
         "'your order has been cancelled'; a random entry"),
    ],
    [  # 6: angry request for a person, waiting
        ("quero falar com um atendente de verdade pelo amor de deus, esse robo é abestado",
         "Request for a person (angry, 'abestado' = dumb) — hand over",
         "an FAQ answer; choices"),
        ("oi?? cade vcs",
         AFTER + "Waiting — reassure that a person will answer; no FAQ answer",
         "the opening-hours entry; a new handover loop"),
        ("vai demorar mt? to no horario de almoço",
         AFTER + WAIT + "Waiting — reassure; no invented wait time",
         "'5 minutes' or any invented time; the prazo entry"),
    ],
    [  # 7: question without FAQ words, callback, acknowledgement
        ("painho precisa de mil cartao pra amanha cedo, consegue?",
         faq(PRAZO, "cartões take 3 working days after art approval; urgent service costs +30% (don't promise tomorrow). The cartão de visita entry says the same 3 days"),
         "'yes, tomorrow'; only the card price"),
        ("melhor vcs me ligarem, meu numero é 81 99876-1234, pode chamar no zap tb",
         "Request for a person (callback, made-up number) — hand over / pass the number on; no promised call time",
         "an FAQ answer; promising a call at a set time"),
        ("blz, fico no aguardo",
         AFTER + "Small talk: acknowledgement — short reply, no FAQ answer",
         "an FAQ entry; another handover"),
    ],
]

STOP = set("que vcs voces com para pra uma por mais meu minha tem quanto qual".split())

if __name__ == "__main__":
    print(write_faq("pt", FAQ))
    path, n, t = write_plan("pt", CONVS)
    print(path, n, "conversations", t, "turns")
    overlap_report(FAQ, CONVS, STOP)
