"""pt: Clínica Dentária Ribeira Sorriso (made up), a dental clinic in Porto, Portugal; customers write EUROPEAN
Portuguese of the north (estou a ver, boas, fixe, bué, pá, carago, telemóvel, autocarro, pequeno-almoço, rapariga,
tasco, morcão = fool, sapatilhas, a gente)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_PRIMEIRA = "Quanto custa a primeira consulta?"
Q_HORARIO = "Qual é o horário da clínica?"
Q_LOCAL = "Onde fica a clínica e como lá chego?"
Q_URGENCIA = "Atendem urgências com dor de dentes?"
Q_DESTART = "Quanto custa uma destartarização (limpeza)?"
Q_BRANQ = "Fazem branqueamento?"
Q_APARELHO = "Quanto custa um aparelho de ortodontia?"
Q_IMPLANTE = "Quanto custa um implante?"
Q_ACORDOS = "Têm acordos com seguros ou aceitam o cheque-dentista?"
Q_PRESTACOES = "Posso pagar em prestações?"
Q_CRIANCAS = "Atendem crianças?"
Q_DESMARCAR = "Como desmarco ou altero uma consulta?"
Q_MARCAR = "Como marco uma consulta?"
Q_MEDO = "Tenho muito medo do dentista, o que podem fazer?"
Q_EXTRACAO = "Quanto custa uma extração e que cuidados devo ter depois?"

FAQ = [
    (Q_PRIMEIRA,
     "30 €: observação completa, plano de tratamento e orçamento escrito, cerca de 45 minutos. Se for preciso, o raio-X "
     "panorâmico custa mais 25 € e é feito na hora. Se avançar com o tratamento em 30 dias, os 30 € são descontados.",
     "consultas", ["primeira", "avaliação", "orçamento", "observação"],
     ["quanto e a consulta de avaliacao", "fazem orcamento", "preco da primeira vez"]),
    (Q_HORARIO,
     "Segunda a sexta das 9h00 às 20h00 e sábado das 9h00 às 13h00. Fechado ao domingo e feriados. A receção atende "
     "o telefone 22 608 41 37 no mesmo horário.",
     "horário", ["horário", "abertos", "sábado", "fecham"],
     ["a que horas abrem", "estao abertos ao sabado", "ate que horas atendem"]),
    (Q_LOCAL,
     "Rua de Cedofeita 412, 1.º andar (com elevador), 4050-174 Porto. Metro: estação Lapa ou Trindade a 8 minutos a pé; "
     "autocarros com paragem em Cedofeita. Estacionamento: parque pago na Rua da Boavista (1.ª hora 1,60 €), não temos "
     "lugares próprios.",
     "localização", ["morada", "localização", "metro", "estacionamento", "estacionar"],
     ["onde ficam", "ha estacionamento", "qual e a estacao de metro mais perto"]),
    (Q_URGENCIA,
     "Sim. Em horário de abertura ligue 22 608 41 37 (até às 17h00, ao sábado até às 11h00) e damos vaga no próprio "
     "dia; consulta de urgência 40 €. Fora de horas, a linha de urgência 912 574 308 atende até às 22h00, todos os "
     "dias; urgência fora de horas 70 €. Depois das 22h00, dirija-se à urgência hospitalar.",
     "urgências", ["urgência", "dor", "inchaço", "abcesso"],
     ["estou com muita dor", "tem vaga hoje", "dente partido urgente"]),
    (Q_DESTART,
     "45 € com polimento, cerca de 40 minutos. Aconselhamos de 6 em 6 meses. Com seguro de saúde o valor pode ser "
     "menor (veja os acordos). Retira o tártaro e as manchas do café e do tabaco, mas não muda a cor natural dos dentes.",
     "tratamentos", ["destartarização", "limpeza", "tártaro", "higiene"],
     ["quanto custa limpar os dentes", "fazem higiene oral", "preco da limpeza"]),
    (Q_BRANQ,
     "Sim, depois de uma limpeza e de uma consulta de avaliação. Em consultório: 250 €, uma sessão de 90 minutos. Em "
     "casa com goteiras: 180 €, 2 a 3 semanas. Não fazemos a menores de 18 anos nem a grávidas. Pode haver "
     "sensibilidade durante 1 a 2 dias.",
     "tratamentos", ["branqueamento", "branquear", "clarear", "manchas"],
     ["quanto custa branquear", "fazem branqueamento em casa", "quero os dentes mais brancos"]),
    (Q_APARELHO,
     "Consulta de ortodontia com estudo e moldes: 40 €. Aparelho fixo metálico (duas arcadas): 1.500 €; cerâmico: "
     "1.900 €; alinhadores invisíveis: desde 2.800 €. A manutenção mensal custa 40 € e não está incluída. O tratamento "
     "dura em média 18 a 24 meses.",
     "ortodontia", ["aparelho", "ortodontia", "alinhadores", "brackets"],
     ["quanto custa o aparelho", "aparelho invisivel preco", "quanto tempo dura o aparelho"]),
    (Q_IMPLANTE,
     "Implante com coroa em cerâmica: 1.100 € por peça (implante 650 € + coroa 450 €). Antes é preciso uma TAC (60 €) "
     "e a consulta de avaliação. Do implante à coroa final passam 3 a 6 meses. Não há limite de idade se o osso e a "
     "saúde o permitirem.",
     "implantes", ["implante", "coroa", "titânio", "TAC"],
     ["preco de um implante", "quanto tempo demora o implante", "implante com coroa"]),
    (Q_ACORDOS,
     "Acordos com Médis, Multicare e AdvanceCare: traga o cartão e pague só o copagamento (ex.: consulta 15 €, "
     "limpeza 20 €). Não temos acordo com a ADSE. Aceitamos o cheque-dentista do SNS: é pessoal e só para o titular "
     "(crianças de 7, 10 e 13 anos, grávidas e idosos com complemento solidário), dentro da validade.",
     "seguros", ["seguro", "acordo", "Médis", "Multicare", "cheque-dentista"],
     ["aceitam a medis", "trabalham com a adse", "o cheque dentista serve"]),
    (Q_PRESTACOES,
     "Sim, tratamentos acima de 500 € podem ser pagos até 12 prestações sem juros por débito direto; até 1.500 € sem "
     "entrada, acima de 1.500 € com entrada de 20 %. Pagamentos na clínica: Multibanco, MB WAY e dinheiro.",
     "pagamentos", ["prestações", "mensalidades", "faseado", "MB WAY", "pagamento"],
     ["posso pagar as vezes", "pagar em 12 meses", "aceitam mb way"]),
    (Q_CRIANCAS,
     "Sim, odontopediatria a partir dos 2 anos, às quintas-feiras das 14h00 às 19h00 e aos sábados das 9h00 às 13h00. "
     "Primeira consulta de criança 25 €; selantes 20 € por dente. Os pais ficam sempre na sala.",
     "crianças", ["criança", "odontopediatria", "pediátrica", "bebé"],
     ["a partir de que idade", "tem dentista para criancas", "consulta de crianca preco"]),
    (Q_DESMARCAR,
     "Desmarque ou altere pelo menos 24 horas antes, por telefone 22 608 41 37 ou SMS para 912 574 308; não tem "
     "custo. Falta sem aviso ou aviso com menos de 24 horas: 15 € cobrados na consulta seguinte. Depois de 2 faltas "
     "pedimos pagamento adiantado.",
     "consultas", ["desmarcar", "alterar", "remarcar", "faltar"],
     ["preciso de desmarcar", "posso mudar a hora", "quanto custa faltar"]),
    (Q_MARCAR,
     "Por telefone 22 608 41 37, por SMS ou WhatsApp para 912 574 308 ou no site ribeirasorriso.pt. Diga o nome, o "
     "telemóvel e o motivo. Enviamos um SMS de confirmação e um lembrete 48 horas antes.",
     "consultas", ["marcar", "marcação", "agendar", "WhatsApp"],
     ["como marco", "posso marcar pelo whatsapp", "quero agendar uma consulta"]),
    (Q_MEDO,
     "Explicamos tudo antes, usamos sempre anestesia local e podemos fazer consultas mais longas com pausas. Há "
     "sedação consciente com protóxido de azoto (gás hilariante): 60 € por sessão, efeito passa 5 a 10 minutos depois; "
     "pode conduzir e trabalhar a seguir. Não se usa na gravidez.",
     "tratamentos", ["medo", "ansiedade", "sedação", "protóxido", "nervos"],
     ["tenho pavor do dentista", "fazem sedacao", "sou muito nervoso"]),
    (Q_EXTRACAO,
     "Extração simples 50 €, dente do siso 80 a 120 €. Depois: morder a gaze 30 minutos, não bochechar nem cuspir "
     "nas primeiras 24 horas, não fumar 48 horas, comida mole e fria, gelo 10 minutos de cada vez. Inchaço até 3 dias "
     "é normal. Se sangrar muito depois de 24 horas ou tiver febre, ligue já 912 574 308: a revisão é gratuita.",
     "tratamentos", ["extração", "tirar", "siso", "cuidados"],
     ["quanto custa tirar um dente", "o que faco depois de tirar o siso", "e normal sangrar"]),
]

PLAN = [
    [  # 1
        ("boas! queria fazer uma limpeza aos dentes, quanto custa? e vocês estão abertos ao sábado? durante a "
         "semana estou sempre a trabalhar",
         "Small talk greeting + " + both(Q_DESTART, Q_HORARIO) + " — cleaning 45 € with polishing (~40 min); open "
         "Saturday 9h00-13h00 (weekdays 9h-20h).",
         "Only one half without pointing to the other; 'closed on Saturday'; the whitening price."),
        ("e isso marco como? por aqui nao da?",
         faq(Q_MARCAR) + " — phone 22 608 41 37, SMS/WhatsApp 912 574 308 or ribeirasorriso.pt; name, mobile number, "
         "reason; SMS confirmation and reminder 48 h before. Must not pretend to have booked it.",
         "Claiming the appointment is booked; the opening hours again; the cancelling entry."),
        ("e os dentes ficam mais clarinhos com isso ou é outra coisa?",
         faq(Q_BRANQ) + " — a cleaning removes coffee/tobacco stains but does not change the natural colour; whitening "
         "is separate: 250 € in the clinic or 180 € at home, after a cleaning and an assessment. (The cleaning entry "
         "says the same first half.)",
         "'Yes, the cleaning whitens'; the cleaning price only; 'not covered'."),
        ("fixe, obrigadão! até sábado então",
         "Small talk: acknowledgement + thanks + goodbye (`fixe` = cool, `obrigadão` = big thanks) — short friendly "
         "close.",
         "A long FAQ answer; choices; a handover; claiming a Saturday booking exists."),
    ],
    [  # 2
        ("bom dia, tenho uma questão",
         "Too vague to answer — choices (appointments, prices, children...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("o meu filho tem 4 anos e nunca foi ao dentista, a educadora disse que ele tem um dentinho escuro, vocês "
         "vêem miúdos tão pequenos?",
         TYPE + faq(Q_CRIANCAS) + " — yes, children's dentistry from 2 years; Thursdays 14h-19h and Saturdays 9h-13h; "
         "child's first visit 25 €.",
         "Tapping a choice; 'from 6 years'; the adult first-visit price (30 €) only."),
        ("e a irmã de 7 tem aquele cheque-dentista da escola, dá para usar no mano?",
         faq(Q_ACORDOS) + " — the SNS dental cheque is accepted but personal: only for the holder (children of 7, 10 "
         "and 13), so it cannot be used for the 4-year-old; the sister can use it for herself.",
         "'Yes, use it for the brother'; 'we do not accept it'; the instalments entry."),
        ("desculpe, mas estou a falar com uma pessoa ou é uma máquina?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3
        ("olá, é por causa do meu pai",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("não, não é nada disso",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("o meu pai tem 78 anos e ficou sem 2 dentes da frente em baixo, não quer placa, o médico de família falou em "
         "pôr uns parafusos no osso, quanto é que isso fica mais ou menos?",
         faq(Q_IMPLANTE) + " — 1.100 € per tooth (implant 650 € + crown 450 €) → about 2.200 € for two, plus a CT scan "
         "60 € and the first visit; 3-6 months; no age limit if bone and health allow (78 is not a reason to refuse).",
         "Refusing because of his age; the 1.100 € for both teeth; the braces entry."),
        ("e fazem botox? a minha mãe queria tirar as rugas à volta da boca",
         "Not covered (near the trade: botox / facial aesthetics is not in the FAQ) — says so honestly, may offer a "
         "person.",
         "Inventing a botox service or price; the whitening entry."),
    ],
    [  # 4
        ("quanto custa pôr aparelho à minha filha de 13 anos e dá para pagar aos poucos?",
         both(Q_APARELHO, Q_PRESTACOES) + " — orthodontic visit 40 €; fixed metal 1.500 €, ceramic 1.900 €, aligners "
         "from 2.800 €; monthly maintenance 40 € extra; over 500 € up to 12 interest-free instalments (no down payment "
         "up to 1.500 €, 20 % above).",
         "Only one half without pointing to the other; leaving out the monthly maintenance; inventing interest."),
        ("não foi isso que perguntei, quero saber quanto pago por mês se for o de metal",
         "Acknowledges the push-back + " + both(Q_PRESTACOES, Q_APARELHO) + " — 1.500 € in 12 instalments = 125 €/month "
         "(no down payment), plus the 40 € monthly maintenance → about 165 €/month in the first year.",
         "Repeating the first answer unchanged; 125 € as if maintenance were included; the ceramic price."),
        ("isto não dá, pá. passe-me a alguém da clínica que eu não tenho paciência para máquinas",
         "Push-back (second time in a row) + request for a person (direct, annoyed; `pá` = mate/man) — short apology, "
         "hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("então? está aí alguém?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting; promising a time."),
    ],
    [  # 5
        ("estou FURIOSA. arrancaram-me um dente do juízo aí ontem e hoje ainda está a sangrar e tenho a cara inchada, ninguém me "
         "explicou nada, o que é que eu faço agora??",
         faq(Q_EXTRACAO) + " — calm, apologises: swelling up to 3 days is normal (ice 10 min at a time, soft cold food, "
         "no rinsing/spitting, no smoking); bleeding a lot after 24 hours → call 912 574 308 now, the check-up is free. "
         "Offering a person as well is fine; no diagnosis.",
         "Cold answer ignoring the anger; the extraction price only; 'go to hospital' without the clinic's number."),
        ("já agora, conhecem algum tasco aqui perto onde se coma uma boa francesinha?",
         "Not covered (unrelated: a restaurant tip; `tasco` = simple tavern) — says it cannot help with that, no FAQ "
         "answer.",
         "Inventing a restaurant; the location entry."),
        ("olhe, quero que o médico me ligue para o telemóvel 936 418 220 ainda hoje antes das 19h",
         "Hands over / passes on a callback request to 936 418 220 today before 19:00; no FAQ answer.",
         "Ignoring the number or the time; only giving the clinic's numbers; an FAQ answer."),
        ("e demora muito a ligarem?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The implant duration or any FAQ 'demora'; promising an exact time."),
    ],
    [  # 6
        ("boa tarde, tenho consulta na quinta às 10h com a dra. helena mas chamaram-me para uma entrevista de "
         "emprego à mesma hora, não vou poder ir",
         faq(Q_DESMARCAR) + " — Thursday 3 December 10h is more than 24 h away: she can change or cancel free by phone "
         "22 608 41 37 or SMS 912 574 308. Must not claim the appointment is cancelled or moved.",
         "Claiming it is cancelled; the 15 € fee as if already due; the booking entry only."),
        ("ah ok pode ser",
         "Ambiguous yes — asks what she wants (cancel? another day?) or explains the next step; must not claim "
         "anything is cancelled or moved.",
         "Saying the appointment is now cancelled or moved; a random FAQ entry."),
        ("e vou ter de pagar alguma coisa por isso?",
         faq(Q_DESMARCAR) + " — no: with at least 24 h notice there is no cost; the 15 € only applies to no-shows or "
         "notice under 24 h.",
         "'Yes, 15 €'; the first-visit price; 'not covered'."),
        ("carago, isto é bué complicado, a gente só quer falar com a rapariga da receção, pode passar?",
         "Hands over to a person (`carago` = damn, `bué` = very, `a gente` = we/I, `rapariga` = girl, here the "
         "receptionist) — short, no FAQ answer.",
         "Asking to rephrase; another FAQ answer; mocking the dialect."),
    ],
    [  # 7
        ("boas! tenho um pavor enorme de agulhas e de dentistas desde miúda, vocês têm alguma coisa para isso? e onde "
         "é que ficam, que eu vou de autocarro",
         "Small talk greeting + " + both(Q_MEDO, Q_LOCAL) + " — local anaesthetic always, longer visits with breaks, "
         "conscious sedation with nitrous oxide 60 € per session; Rua de Cedofeita 412, 1st floor with lift, bus stop in "
         "Cedofeita, metro Lapa/Trindade 8 min. (`autocarro` = bus.)",
         "Only one half without pointing to the other; promising general anaesthesia; parking only."),
        ("e isso do gás deixa-me tonta para ir trabalhar depois? entro às 14h",
         faq(Q_MEDO) + " — the effect wears off 5-10 minutes after; she can drive and work afterwards (not used in "
         "pregnancy).",
         "'You cannot work that day'; the urgency entry; 'not covered'."),
        ("porreiro. e a primeira vez paga-se? e se me doer um dente à noite quando vocês estão fechados, ligo para onde?",
         both(Q_PRIMEIRA, Q_URGENCIA) + " — first visit 30 € (X-ray +25 € if needed; deducted if treatment starts within "
         "30 days); out of hours the urgency line 912 574 308 answers until 22h00 every day (70 €); after 22h, the "
         "hospital emergency.",
         "Only one half without pointing to the other; 'the first visit is free'; only the daytime number."),
    ],
]

if __name__ == "__main__":
    print(write_faq("pt", FAQ))
    print(write_plan("pt", PLAN))
