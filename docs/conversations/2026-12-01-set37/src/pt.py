"""pt: Loja Ligado Braga (made up), a mobile phone and fibre internet shop and helpdesk in Braga; customers write
everyday EUROPEAN Portuguese (pt-PT: telemóvel, tu/você as in Portugal, estou a fazer) with a few colloquial words
(boas, fixe, bué, pá, obrigadinho)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_TARIFARIOS = "Que tarifários de telemóvel têm?"
Q_CARREGAR = "Como carrego o saldo?"
Q_PORTABILIDADE = "Como faço a portabilidade do meu número?"
Q_INSTALACAO = "Quanto tempo demora a instalação da fibra?"
Q_FIBRA = "Quanto custa a internet por fibra?"
Q_AVARIA = "O que faço se a internet ou a rede não funcionam?"
Q_SIM = "Perdi o telemóvel ou o cartão SIM, o que faço?"
Q_ROAMING = "Posso usar o telemóvel no estrangeiro?"
Q_FIDELIZACAO = "O que é a fidelização e quanto custa sair antes?"
Q_CANCELAR = "Como cancelo o contrato?"
Q_FATURA = "Como pago a fatura e quando vence?"
Q_LOJA = "Onde fica a loja e qual é o horário?"
Q_PRESTACOES = "Vendem telemóveis a prestações?"
Q_REPARACAO = "Reparam ecrãs partidos?"
Q_MUDANCA = "Mudei de casa, posso levar a fibra comigo?"

FAQ = [
    (Q_TARIFARIOS,
     "Pré-pago Ligado 10: 10 € a cada 30 dias com 10 GB e chamadas e SMS ilimitados para todas as redes nacionais. "
     "Pós-pago: Ligado 15 (30 GB) por 15 €/mês e Ligado Sem Limites (dados ilimitados, 5G) por 25 €/mês. Nos pós-pagos "
     "a fidelização de 24 meses é opcional e dá 3 € de desconto por mês.",
     "tarifários", ["tarifário", "pré-pago", "pós-pago", "dados", "GB"],
     ["que tarifarios ha", "qual e o mais barato", "tem dados ilimitados"]),
    (Q_CARREGAR,
     "No Multibanco (Pagamentos > Carregamentos), no MB Way, na app Ligado ou na loja. Mínimo 5 €. O saldo fica "
     "válido 365 dias; o tarifário renova-se a cada 30 dias se houver pelo menos 10 € de saldo.",
     "tarifários", ["carregamento", "saldo", "multibanco", "mb way"],
     ["como meto saldo", "onde carrego", "posso carregar pelo mb way"]),
    (Q_PORTABILIDADE,
     "É grátis. Traga à loja o Cartão de Cidadão e o código de validação da portabilidade (CVP), que o operador atual "
     "envia por SMS quando o pede (ligue para o apoio dele ou peça na app). A mudança faz-se em 1 dia útil e o número "
     "fica sem rede no máximo 3 horas. Se ainda tiver fidelização no operador antigo, essa continua a contar lá.",
     "portabilidade", ["portabilidade", "mudar de operador", "manter número", "CVP"],
     ["quero trazer o meu numero", "como mudo de operadora", "perco o numero se mudar"]),
    (Q_INSTALACAO,
     "Entre 5 e 10 dias úteis depois de assinar o contrato. O técnico marca consigo uma janela de 8:00-13:00 ou "
     "13:00-19:00 (também sábados); tem de estar em casa um adulto maior de 18 anos. A instalação é grátis com "
     "fidelização de 24 meses e custa 150 € sem fidelização.",
     "fibra", ["instalação", "técnico", "prazo", "marcação"],
     ["quando vem o tecnico", "quanto tempo demora a ligar", "a instalacao e paga"]),
    (Q_FIBRA,
     "Fibra 500 Mbps: 29,90 €/mês. Fibra 1 Gbps: 34,90 €/mês. Pacote Fibra 500 + TV (120 canais) + 2 cartões "
     "Ligado 15: 64,90 €/mês. Router Wi-Fi 6 incluído; cobertura em Braga, Guimarães, Barcelos e Vila Verde.",
     "fibra", ["fibra", "internet", "preço", "pacote", "mbps"],
     ["quanto e a net", "preco do pacote com tv", "tem 1 giga"]),
    (Q_AVARIA,
     "Desligue o router da corrente 30 segundos e volte a ligar. Se a luz LOS estiver vermelha, a fibra está cortada: "
     "ligue para a linha de avarias 253 410 899 (24 horas). Um técnico vai a casa em até 48 horas, sem custo. Se a "
     "avaria durar mais de 24 horas, desconta-se na fatura seguinte o valor dos dias sem serviço.",
     "apoio", ["avaria", "sem internet", "router", "LOS", "técnico"],
     ["a net nao da", "o router tem uma luz vermelha", "fiquei sem rede"]),
    (Q_SIM,
     "Bloqueie já o cartão pela linha 253 410 899 ou na app. Na loja, com o Cartão de Cidadão, fazemos um cartão SIM "
     "novo com o mesmo número em 10 minutos, por 5 € (grátis se apresentar a queixa policial de roubo). Também temos "
     "eSIM.",
     "apoio", ["cartão SIM", "perdido", "roubado", "bloquear", "eSIM"],
     ["roubaram-me o telemovel", "perdi o cartao", "quero um sim novo"]),
    (Q_ROAMING,
     "Na União Europeia, Noruega, Islândia e Liechtenstein usa o tarifário como em Portugal, sem custo extra. No Reino "
     "Unido, Suíça, Brasil e EUA ative o Passe Viagem na app: 3 €/dia com 1 GB e 30 minutos. Fora da UE o roaming vem "
     "desligado e liga-se na app ou pelo 253 410 872.",
     "roaming", ["roaming", "estrangeiro", "viagem", "europa", "passe"],
     ["o telemovel funciona em franca", "quanto custa usar no brasil", "como ligo o roaming"]),
    (Q_FIDELIZACAO,
     "É o período mínimo do contrato (24 meses) em troca de vantagens como a instalação grátis ou o desconto mensal. "
     "Se sair antes paga a parte proporcional dessas vantagens que ainda faltava cumprir, nunca mais do que receberam. "
     "Sem custo se mudar para uma morada sem cobertura nossa ou se emigrar (com comprovativo).",
     "contratos", ["fidelização", "período mínimo", "penalização", "24 meses"],
     ["quanto tempo fico preso", "quanto pago se sair antes", "tenho de ficar 2 anos"]),
    (Q_CANCELAR,
     "Na loja ou por email para contratos@ligadobraga.pt com cópia do Cartão de Cidadão, com 30 dias de antecedência. "
     "O serviço termina no fim desse prazo. O router e a box de TV devolvem-se na loja em 30 dias; se não forem "
     "devolvidos cobramos 75 €.",
     "contratos", ["cancelar", "rescindir", "denúncia", "devolver router"],
     ["quero acabar com o contrato", "como rescindo", "o que faço ao router"]),
    (Q_FATURA,
     "A fatura chega por email no dia 1 e vence no dia 20. Pode pagar por débito direto, referência Multibanco ou MB "
     "Way. Sem pagamento 30 dias depois do vencimento, o serviço é suspenso (reativação 10 €).",
     "faturação", ["fatura", "pagamento", "débito direto", "vencimento"],
     ["quando tenho de pagar", "posso pagar por mb way", "nao paguei a conta"]),
    (Q_LOJA,
     "Avenida da Liberdade 512, Braga (em frente ao Teatro Circo). Segunda a sexta 9:30-19:30, sábado 10:00-19:00, "
     "domingo e feriados fechado. Telefone 253 410 872.",
     "loja", ["morada", "horário", "loja", "sábado", "telefone"],
     ["onde ficam", "estao abertos ao sabado", "a que horas fecham"]),
    (Q_PRESTACOES,
     "Sim, com um pós-pago: em 24 prestações sem juros, a partir de 9,90 €/mês, com o Cartão de Cidadão e o IBAN. "
     "Aceitamos o seu telemóvel antigo como retoma (avaliação na hora). Telemóveis livres também a pronto pagamento.",
     "telemóveis", ["prestações", "comprar", "retoma", "sem juros"],
     ["posso pagar aos bocadinhos", "fazem retoma", "tem telemoveis a prestacoes"]),
    (Q_REPARACAO,
     "Sim: troca de ecrã desde 59 € (Android) e desde 119 € (iPhone), pronto entre 1 hora e 2 dias conforme o modelo e "
     "as peças. Orçamento grátis na loja. 6 meses de garantia na reparação.",
     "apoio", ["reparação", "ecrã", "partido", "orçamento"],
     ["quanto custa trocar o ecra", "fazem reparacoes", "o ecra partiu"]),
    (Q_MUDANCA,
     "Sim, se a nova morada tiver cobertura (Braga, Guimarães, Barcelos, Vila Verde). A mudança custa 30 € ou é grátis "
     "se renovar a fidelização por 24 meses. Peça com 15 dias de antecedência; a nova instalação leva 5 a 10 dias úteis.",
     "fibra", ["mudança de casa", "nova morada", "transferir", "cobertura"],
     ["vou mudar de casa", "a fibra vai comigo", "quanto custa mudar a morada"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, ack/thanks/goodbye
        ("boas! fui viver sozinho para um t1 ao pe da se e preciso de net, quanto e que fica a mais barata? e ao sabado "
         "estao abertos ate que horas",
         "Small talk greeting + " + both(Q_FIBRA, Q_LOJA) + " — Fibra 500 Mbps 29,90 €/month (1 Gbps 34,90 €), router "
         "included; Saturday 10:00-19:00 at Avenida da Liberdade 512.",
         "Only one half without pointing to the other; the mobile plans instead; the weekday hours for Saturday."),
        ("e depois de assinar quando e que alguem me vem ca por isso a funcionar?",
         faq(Q_INSTALACAO) + " — 5 to 10 working days after signing; time slot 8:00-13:00 or 13:00-19:00 (Saturdays "
         "too); an adult 18+ must be home; free with 24 months' loyalty, 150 € without.",
         "The fault/technician entry; a fixed date; 'not covered'."),
        ("24 meses?? e se eu daqui a um ano for para lisboa, pago quanto?",
         faq(Q_FIDELIZACAO) + " — leaving early costs the proportional part of the benefits still to be earned, never "
         "more than received; free if he moves to an address without their coverage (Lisbon is not in the listed "
         "coverage area). The moving entry may be added.",
         "A fixed invented penalty; saying it can never be left; the cancelling entry alone."),
        ("fixe, obrigadinho pa! xau",
         "Small talk: acknowledgement + thanks + goodbye (`fixe` = great, `pá` = mate) — short friendly close.",
         "A long FAQ answer; choices; asking to rephrase; a handover."),
    ],
    [  # 2: vague, typed question while choices show, short follow-up, bot?
        ("ola boa tarde, tenho uma questao",
         "Too vague to answer — choices (plans, fibre, faults, portability...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("estou noutra operadora ha 8 anos e queria passar-me para voces, mas o numero e o que dou aos clientes do "
         "cafe, nao o posso perder de maneira nenhuma",
         TYPE + faq(Q_PORTABILIDADE) + " — free; bring the Cartão de Cidadão and the CVP code sent by SMS by the current "
         "operator; change in 1 working day, at most 3 hours without service; any loyalty left at the old operator "
         "still applies there.",
         "Tapping an earlier choice; saying a new number is needed; a cost for portability."),
        ("e depois qual e o que tem net a vontade?",
         faq(Q_TARIFARIOS) + " — Ligado Sem Limites: unlimited data, 5G, 25 €/month (3 € less with 24 months' loyalty).",
         "The fibre prices; the 10 GB prepaid as unlimited; 'not covered'."),
        ("so uma coisa, estou a falar com uma pessoa ou com um robo?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague, typed rejection, rephrasing, near-trade not covered
        ("boas, e por causa do meu telemovel",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("nao e nada disso",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("caiu-me no autocarro ontem e o vidro ficou todo rachado, mal se ve nada. e um samsung a52, quanto me leva o "
         "arranjo e fica pronto hoje?",
         faq(Q_REPARACAO) + " — screen replacement from 59 € for Android, ready in 1 hour to 2 days depending on model "
         "and parts; free quote in the shop; 6 months' guarantee.",
         "The iPhone price; promising it today for sure; the lost/stolen SIM entry; 'not covered'."),
        ("e ja agora conseguem tirar as fotos de um portatil que nao liga? sao as fotos do casamento",
         "Not covered by the FAQ (near the trade: laptop repair / data recovery is not offered) — says so honestly, may "
         "offer a person.",
         "Inventing a data-recovery service or price; the screen repair entry as if it applied."),
    ],
    [  # 4: two questions, push-back once, twice + person, waiting
        ("ola, vou a londres de 18 a 24 de dezembro ver a minha filha, o telemovel funciona la normal? e como meto "
         "saldo de la que e pre-pago",
         both(Q_ROAMING, Q_CARREGAR) + " — the UK is outside the EU: activate the Passe Viagem in the app, 3 €/day with "
         "1 GB and 30 minutes (roaming is off by default outside the EU); top up by MB Way or the app (min 5 €).",
         "Only one half without pointing to the other; saying the UK works like home (EU rules); Multibanco as the "
         "only way from abroad."),
        ("nao percebeste nada. eu quero saber quanto vou gastar naquela semana toda",
         "Acknowledges the push-back (apology / offers a person) + " + faq(Q_ROAMING) + " — 18-24 December is 7 days: "
         "7 × 3 € = 21 € with the Passe Viagem (1 GB and 30 minutes a day).",
         "Repeating the first answer unchanged; the EU 'no extra cost' rule; a handover without answering."),
        ("esquece, isto assim nao da. quero falar com alguem da loja",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("entao? esta ai alguem?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated, callback with number, waiting (how long)
        ("ESTOU SEM NET DESDE SABADO E TRABALHO DE CASA!!! ja desliguei aquilo da tomada mil vezes e continua uma luz "
         "vermelha a piscar, pago 35 euros por mes para isto?",
         faq(Q_AVARIA) + " — calm, acknowledges the anger: red LOS light = fibre cut; call the fault line 253 410 899 "
         "(24 h); technician at home within 48 h at no cost; more than 24 h without service is discounted on the next "
         "invoice. Offering a person as well is fine.",
         "A cold answer ignoring the anger; only 'restart the router'; the fibre prices because of `35 euros`; a "
         "handover with no explanation."),
        ("ja agora sabe se o braga joga em casa no domingo? queria ir ver",
         "Not covered (unrelated: football fixture) — says it cannot help with that; no FAQ answer.",
         "Any FAQ entry; inventing a fixture."),
        ("quero que me liguem para o 912 384 057, amanha de manha antes das 11",
         "Hands over / passes on a callback request to 912 384 057 tomorrow morning before 11:00; no FAQ answer.",
         "Ignoring the number or the time; only giving the shop number; an FAQ answer; asking to rephrase."),
        ("e isso costuma demorar quanto tempo?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The 48 h of the technician presented as the callback time; promising an exact time."),
    ],
    [  # 6: cancel without the word, ambiguous yes, follow-up, person in dialect
        ("vou emigrar para a suica no fim de dezembro, a partir de janeiro ja ninguem vai usar a net nem a tv la em "
         "casa",
         faq(Q_CANCELAR) + " — shop or e-mail to contratos@ligadobraga.pt with a copy of the Cartão de Cidadão, 30 "
         "days' notice; loyalty penalty waived when emigrating with proof (loyalty entry). Does not claim it is done.",
         "Claiming the contract is cancelled; a loyalty penalty without the emigration exception; the roaming entry."),
        ("pronto, esta bem",
         "Ambiguous yes (`pronto, está bem` = OK then) — asks whether he wants to end the contract / explains the next "
         "step; must not claim anything is cancelled.",
         "Saying the contract is now cancelled; a random FAQ entry."),
        ("e aquela caixa da tv e o aparelho das luzes, faco o que com isso?",
         faq(Q_CANCELAR) + " — return the router and the TV box to the shop within 30 days, otherwise 75 € is charged.",
         "The fault entry because of `luzes`; 'not covered'; asking what he means."),
        ("o pa, isto e bue complicado, passe-me la a alguem que eu explico tudo de uma vez",
         "Hands over to a person (`ó pá` = oh man, `bué` = very) — short, no FAQ answer.",
         "An FAQ answer again; not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("bom dia! roubaram-me a mala ontem no centro com o telemovel la dentro, fico com o mesmo numero? e voces "
         "vendem telemoveis as prestacoes?",
         "Small talk greeting + " + both(Q_SIM, Q_PRESTACOES) + " — block it now (253 410 899 or app); new SIM with the "
         "same number in 10 minutes in the shop with the Cartão de Cidadão, 5 € or free with the police report; phones "
         "in 24 interest-free instalments from 9,90 €/month with a postpaid plan (CC + IBAN).",
         "Only one half without pointing to the other; saying the number is lost."),
        ("ja fiz queixa na psp, isso conta para alguma coisa?",
         faq(Q_SIM) + " — yes: with the police report the new SIM is free (instead of 5 €).",
         "'Not covered'; the instalments entry; asking what she means."),
        ("ultima coisa: em fevereiro vou para guimaraes, a fibra vem comigo? e posso pagar as faturas por mb way?",
         both(Q_MUDANCA, Q_FATURA) + " — Guimarães has coverage: 30 € or free if the loyalty is renewed for 24 months, "
         "ask 15 days ahead, 5-10 working days; invoices can be paid by MB Way (also direct debit, Multibanco), due on "
         "the 20th.",
         "Only one half without pointing to the other; saying a new contract is needed; the cancelling entry."),
    ],
]

if __name__ == "__main__":
    print(write_faq("pt", FAQ))
    print(write_plan("pt", PLAN))
