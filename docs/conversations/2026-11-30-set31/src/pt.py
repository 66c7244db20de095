"""pt: Imobiliária Jangada Azul (made up), a real estate agency in Fortaleza, customers writing everyday Brazilian
Portuguese with a few Ceará words."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_ALUGAR = "Quais imóveis vocês têm para alugar?"
Q_DOCS = "Quais documentos preciso para alugar?"
Q_FIADOR = "Preciso de fiador?"
Q_VISITA = "Como agendo uma visita?"
Q_PROPRIETARIO = "Quanto a imobiliária cobra do proprietário?"
Q_VENDER = "Vocês vendem casas e apartamentos?"
Q_AVALIAR = "Vocês fazem avaliação de imóveis?"
Q_CONDO = "O condomínio está incluído no aluguel?"
Q_PRAZO = "Qual é o prazo do contrato?"
Q_PETS = "Aceitam animais de estimação?"
Q_PAGAR = "Como pago o aluguel?"
Q_DESMARCAR = "Posso desmarcar uma visita?"
Q_ENDERECO = "Onde fica a imobiliária e qual o horário?"
Q_REPAROS = "Quem paga os consertos no imóvel alugado?"
Q_FINANC = "Vocês ajudam com o financiamento para comprar?"

FAQ = [
    (Q_ALUGAR,
     "Temos cerca de 300 imóveis para alugar em Fortaleza: apartamentos de 1 a 3 quartos de R$ 1.100 (Messejana, "
     "Parangaba) a R$ 4.500 (Meireles, Aldeota), casas e salas comerciais. A lista com fotos é atualizada todo dia no "
     "site jangadaazul.com.br. O caminho é: visita, ficha cadastral, análise em 48 horas e contrato assinado pelo "
     "celular.",
     "aluguel", ["alugar", "aluguel", "apartamento para alugar", "casa para alugar", "imóveis disponíveis"],
     ["tem ap pra alugar", "quero alugar uma casa", "quais apartamentos vocês têm"]),
    (Q_DOCS,
     "RG e CPF, comprovante de residência e comprovante de renda de pelo menos 3 vezes o valor do aluguel (contracheque "
     "dos últimos 3 meses). Autônomos mandam os extratos bancários de 3 meses ou a declaração do Imposto de Renda. Tudo "
     "pode ser enviado em foto pelo WhatsApp (85) 98817-3026.",
     "aluguel", ["documentos", "RG", "CPF", "comprovante de renda", "papelada"],
     ["quais documentos pedem", "o que preciso levar pra alugar", "aceita autonomo"]),
    (Q_FIADOR,
     "Não é obrigatório. Você escolhe uma garantia: fiador com imóvel quitado em Fortaleza, caução de 3 aluguéis "
     "(devolvida com correção no fim do contrato), seguro-fiança (custa em média 1 aluguel por ano) ou título de "
     "capitalização. A maioria dos nossos inquilinos usa o seguro-fiança.",
     "aluguel", ["fiador", "caução", "seguro-fiança", "garantia", "depósito"],
     ["precisa de fiador", "posso alugar sem fiador", "quanto é a caução"]),
    (Q_VISITA,
     "É só mandar o código do imóvel pelo WhatsApp (85) 98817-3026 ou pelo site. As visitas são de segunda a sábado, das "
     "8h às 17h, sempre com um corretor, e não custam nada. Leve um documento com foto.",
     "visitas", ["agendar visita", "visitar", "marcar visita", "corretor"],
     ["quero visitar o apartamento", "como marco uma visita", "posso ver o imovel hoje"]),
    (Q_PROPRIETARIO,
     "Para alugar seu imóvel cobramos 100 % do primeiro aluguel como taxa de intermediação e depois 8 % do aluguel "
     "mensal pela administração: cobramos o inquilino, repassamos o dinheiro até o dia 15, fazemos as vistorias e "
     "cuidamos da renovação. Fotos e anúncio nos portais são grátis.",
     "proprietários", ["taxa de administração", "proprietário", "colocar para alugar", "intermediação", "repasse"],
     ["quanto vocês cobram pra alugar meu imovel", "qual a taxa de administração", "quero anunciar meu ap"]),
    (Q_VENDER,
     "Sim. Anunciamos seu imóvel com fotos profissionais nos principais portais e levamos os compradores para visitar. "
     "A comissão é de 6 % do valor da venda e só é paga quando a escritura for assinada. Pedimos exclusividade de 90 "
     "dias.",
     "vendas", ["vender", "venda", "comissão", "exclusividade", "anunciar"],
     ["quero vender minha casa", "quanto cobram pra vender", "vocês vendem apartamento"]),
    (Q_AVALIAR,
     "Sim. Para quem anuncia com a gente a avaliação é gratuita: um corretor visita o imóvel e manda o preço de mercado em "
     "até 3 dias úteis. Se precisar de um laudo escrito (PTAM) para banco, inventário ou divórcio, custa R$ 650 e fica "
     "pronto em 5 dias úteis.",
     "vendas", ["avaliação", "laudo", "preço de mercado", "PTAM"],
     ["quanto vale minha casa", "fazem avaliação", "preciso de um laudo do imovel"]),
    (Q_CONDO,
     "Não. O aluguel, o condomínio e o IPTU são cobrados separados, mas vêm juntos no mesmo boleto mensal. O valor do "
     "condomínio aparece em cada anúncio (na maioria dos prédios, entre R$ 350 e R$ 900). Taxas extras de obra do prédio "
     "são pagas pelo proprietário.",
     "aluguel", ["condomínio", "taxa de condomínio", "IPTU", "boleto", "valor total"],
     ["o condominio ta incluso", "quanto é o condominio", "quem paga o iptu"]),
    (Q_PRAZO,
     "O contrato padrão é de 30 meses. Se você sair antes, paga multa de 3 aluguéis proporcional ao tempo que falta; "
     "depois de 12 meses, com transferência de emprego para outra cidade, não há multa. Precisa avisar com 30 dias de "
     "antecedência.",
     "contratos", ["prazo do contrato", "duração", "multa", "rescisão", "30 meses"],
     ["o contrato é de quanto tempo", "e se eu sair antes", "tem multa pra sair"]),
    (Q_PETS,
     "Depende do proprietário: cerca de 40 % dos nossos imóveis aceitam animais e vêm marcados com \"aceita pet\" no "
     "anúncio. O condomínio não pode proibir animais que não incomodam os vizinhos. Pedimos só que devolva o imóvel sem "
     "danos.",
     "aluguel", ["animais", "pet", "cachorro", "gato", "aceita pet"],
     ["pode ter cachorro", "aceita gato", "o ap aceita animal"]),
    (Q_PAGAR,
     "Por boleto ou Pix, que mandamos por e-mail e WhatsApp 10 dias antes do vencimento. Você escolhe o vencimento no dia "
     "5, 10 ou 15 ao assinar o contrato. Depois do vencimento há multa de 2 % e juros de 1 % ao mês.",
     "pagamentos", ["pagar aluguel", "boleto", "Pix", "vencimento", "atraso"],
     ["como pago", "posso pagar no pix", "qual o dia do vencimento"]),
    (Q_DESMARCAR,
     "Pode, sim. Avise pelo WhatsApp (85) 98817-3026 até 2 horas antes e marcamos outro dia e horário sem custo. Quem "
     "falta 2 vezes sem avisar passa a confirmar a visita na véspera.",
     "visitas", ["desmarcar", "cancelar visita", "remarcar", "reagendar"],
     ["preciso cancelar a visita", "posso remarcar", "não vou poder ir na visita"]),
    (Q_ENDERECO,
     "Rua Jangadeiro Mestre Zé 410, sala 3, Aldeota, Fortaleza. Atendemos de segunda a sexta das 8h às 18h e aos sábados "
     "das 8h às 12h. Tem estacionamento no prédio (2 vagas para clientes).",
     "escritório", ["endereço", "escritório", "horário", "sábado", "localização"],
     ["onde vocês ficam", "qual o horario de atendimento", "abre sabado"]),
    (Q_REPAROS,
     "Problemas de estrutura, telhado, encanamento escondido e fiação são do proprietário; o desgaste do dia a dia "
     "(lâmpadas, resistência do chuveiro, torneiras) é do inquilino. Mande fotos pelo WhatsApp (85) 98817-3026: um "
     "técnico nosso vai em até 5 dias úteis e, se for do proprietário, não custa nada para você.",
     "manutenção", ["conserto", "manutenção", "reparo", "defeito", "técnico"],
     ["quem conserta o chuveiro", "quebrou algo no ap", "quem paga a manutenção"]),
    (Q_FINANC,
     "Sim. Somos correspondentes bancários: fazemos a simulação de graça, juntamos os documentos e acompanhamos o "
     "financiamento na Caixa ou em outros bancos. Dá para financiar até 80 % do imóvel em até 35 anos e usar o FGTS na "
     "entrada.",
     "vendas", ["financiamento", "crédito imobiliário", "simulação", "banco", "Caixa"],
     ["vocês fazem financiamento", "como financio uma casa", "ajudam com a caixa"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, thanks/goodbye with a Ceará word
        ("oi boa tarde! to procurando um ap de 2 quartos pra alugar perto da beira mar, vcs tem? e quais documentos "
         "pedem?",
         "Small talk greeting + " + both(Q_ALUGAR, Q_DOCS) + " — about 300 places to rent, flats from R$ 1.100 to "
         "R$ 4.500 (Meireles/Aldeota at the top), list on jangadaazul.com.br; RG, CPF, proof of address, income of 3× the "
         "rent, self-employed: 3 months of bank statements or tax return.",
         "Only one half without pointing to the other; inventing a specific flat or price by the beach; a handover."),
        ("e se eu não conhecer ninguém com casa própria pra assinar junto?",
         faq(Q_FIADOR) + " — no guarantor needed: deposit of 3 rents, guarantee insurance (about 1 rent a year) or a "
         "capitalisation bond.",
         "The documents entry again; saying renting is impossible; asking what she means without trying."),
        ("e pra ver o ap antes, como faço?",
         faq(Q_VISITA) + " — send the flat's code by WhatsApp (85) 98817-3026 or the website; visits Mon-Sat 8h-17h with "
         "an agent, free; bring a photo ID.",
         "The office address alone; the cancelling-a-visit entry; the list of flats again."),
        ("pai d'égua, valeu demais! até mais",
         "Small talk: acknowledgement + thanks + goodbye (Ceará: `pai d'égua` = great) — short friendly close.",
         "An FAQ answer; choices; not understanding and asking to rephrase; a handover."),
    ],
    [  # 2: vague opener, typed question while choices show, short follow-up, bot?
        ("bom dia, queria saber sobre um imóvel",
         "Too vague to answer — choices (renting, selling, valuation, visits...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("tenho uma casa no montese que quero vender, vcs fazem isso? cobram quanto?",
         TYPE + faq(Q_VENDER) + " — yes: professional photos, ads on the main portals, 6 % commission paid only when the "
         "deed is signed, 90 days' exclusivity.",
         "Tapping an earlier choice; the landlord fee entry (renting out: first rent + 8 %); the valuation entry alone; "
         "the financing entry."),
        ("e pra saber por quanto ela sai?",
         faq(Q_AVALIAR) + " — free for those who list with them: an agent visits and sends the market price within 3 "
         "working days; a written report (PTAM) costs R$ 650, 5 working days.",
         "The 6 % commission again; the rent price list; asking what he means."),
        ("vc é gente ou é robô?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague opener, typed rejection, rephrasing, near-trade not covered
        ("oi, é sobre o apartamento",
         "Too vague to answer — choices (renting, visits, condo fees, contract, rent payment...) or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("não é nada disso",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("tenho uma shih tzu bem pequenininha, posso morar com ela no ap?",
         faq(Q_PETS) + " — depends on the owner: about 40 % of their places accept pets and are marked `aceita pet` in "
         "the ad; the building cannot forbid pets that do not bother the neighbours.",
         "'Not covered'; the documents or guarantor entry; a flat yes or no for every flat; a handover without the entry."),
        ("e vcs fazem mudança também? preciso de um caminhão pra levar minhas coisas",
         "Not covered by the FAQ (near the trade: removals are not offered) — says so honestly, offers a person or the "
         "phone number.",
         "Inventing a removals service or a price; the visit entry; the renting entry as if it answered."),
    ],
    [  # 4: two questions, push-back once (with a question), twice + person, waiting
        ("oi, o condomínio já vem junto no valor do aluguel? e o contrato é de quantos meses?",
         both(Q_CONDO, Q_PRAZO) + " — rent, condo fee and IPTU are separate but come in the same monthly bill (condo "
         "usually R$ 350-900, shown in each ad); contract 30 months, leaving early: fine of 3 rents pro rata, 30 days' "
         "notice.",
         "Only one half without pointing to the other; saying the condo fee is included; inventing a 12-month standard."),
        ("não foi isso que eu perguntei. e se meu salário só cair dia 15, tem problema?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_PAGAR) + " — no problem: the "
         "due date is chosen at signing (day 5, 10 or 15); boleto or Pix sent 10 days before; late: 2 % fine + 1 % a "
         "month.",
         "Ignoring the complaint and repeating the previous answer; the documents entry (income proof) because of "
         "`salário`; a handover without answering."),
        ("afe, deixa pra lá. quero falar com um corretor",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer (e.g. the visit entry because of `corretor`); choices; asking to rephrase again."),
        ("alô?? tem alguém aí?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer (e.g. office hours); a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated (Ceará word), callback with number, waiting (how long)
        ("to morando no ap de vcs faz 3 meses, o chuveiro queimou e a pia do banheiro ta vazando e ninguém resolve "
         "nada!! pago 1800 por mês pra isso??",
         faq(Q_REPAROS) + " — calm, acknowledges the anger: hidden plumbing, wiring and structure are the owner's, "
         "everyday wear (shower element, taps) the tenant's; send photos by WhatsApp (85) 98817-3026 and a technician "
         "comes within 5 working days, free if it is the owner's. Offering a person as well is fine.",
         "A cold answer ignoring the anger; the rent-payment entry because of `1800`; the contract entry (leaving); a "
         "handover with no explanation."),
        ("macho, sabe se o mar tá bom pra banho hoje na praia do futuro?",
         "Not covered (unrelated: the sea at Praia do Futuro; Ceará `macho` = dude) — says it cannot help with that, no "
         "FAQ answer.",
         "Any FAQ entry (e.g. flats to rent near the beach); inventing an answer."),
        ("deixa, pede pro gerente me ligar no 85 99632-1487 depois das 18h",
         "Hands over / passes on a callback request to (85) 99632-1487, after 18:00; no FAQ answer.",
         "Ignoring the number; only giving the agency's WhatsApp; an FAQ answer; asking to rephrase."),
        ("e vai demorar quanto?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The technician's 5 working days stated as the answer; the 48 h rental analysis; promising an exact time."),
    ],
    [  # 6: cancelling a visit without the word, ambiguous yes, follow-up, Ceará person
        ("era pra eu ir ver o ap do meireles amanhã às 10h com o corretor, mas me botaram de plantão no trabalho",
         faq(Q_DESMARCAR) + " — yes: let them know by WhatsApp (85) 98817-3026 up to 2 h before and another day and "
         "time is set at no cost; does not claim it is done.",
         "Claiming the visit has been cancelled or moved; the booking-a-visit entry only; the office hours."),
        ("tá bom então",
         "Ambiguous yes — asks what he means or explains what happens next (WhatsApp / a person); must not claim "
         "anything was cancelled.",
         "Saying the visit is now cancelled; a random FAQ entry."),
        ("e dá pra marcar pra outro dia?",
         faq(Q_DESMARCAR) + " — yes, another day and time at no cost (visits Mon-Sat 8h-17h, from the visit entry, is a "
         "fine addition).",
         "Inventing a new date; the contract entry; asking what he means."),
        ("arre égua, to avexado aqui, me passa pra alguém de vcs por favor",
         "Hands over to a person (Ceará: `arre égua` = gosh, `avexado` = in a hurry) — short, no FAQ answer.",
         "An FAQ answer (e.g. the address); not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("bom dia! vcs ajudam a financiar pela caixa? e onde fica o escritório de vcs?",
         "Small talk greeting + " + both(Q_FINANC, Q_ENDERECO) + " — yes: free simulation, paperwork and follow-up with "
         "Caixa or other banks, up to 80 % over up to 35 years, FGTS for the down payment; Rua Jangadeiro Mestre Zé 410, "
         "sala 3, Aldeota, Mon-Fri 8h-18h, Sat 8h-12h.",
         "Only one half without pointing to the other; the rent-payment entry; inventing an address."),
        ("posso usar meu fgts?",
         faq(Q_FINANC) + " — yes, the FGTS can go into the down payment.",
         "The rent-payment entry; the guarantor entry; asking what she means."),
        ("e quem só quer botar o ap pra alugar com vcs, paga quanto? e vcs que cobram o inquilino?",
         faq(Q_PROPRIETARIO) + " — the first month's rent as intermediation fee, then 8 % of the monthly rent for "
         "management, which includes collecting the rent (paid to the owner by the 15th), inspections and renewals; "
         "photos and ads free. Both questions, one entry.",
         "The 6 % sale commission; the rent-payment entry (the tenant's boleto); answering only one of the two."),
    ],
]

if __name__ == "__main__":
    write_faq("pt", FAQ)
    write_plan("pt", PLAN)
