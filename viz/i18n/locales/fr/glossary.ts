// Français : le glossaire — chaque terme comme le disent la CBP et l'ASFC à la frontière, les autres noms qui le trouvent (séparés par |), sa définition et son unité.
export default {
  title: 'Glossaire',
  filter: 'Filtrer les termes ',
  unit: 'Unité : {{unit}}',
  count_one: '{{count}} terme',
  count_other: '{{count}} termes',
  count_many: '{{count}} termes',
  matches_one: '{{shown}} terme sur {{count}} correspond à « {{query}} »',
  matches_other: '{{shown}} termes sur {{count}} correspondent à « {{query}} »',
  matches_many: '{{shown}} termes sur {{count}} correspondent à « {{query}} »',
  confidenceNote:
    'Les intervalles sont des intervalles t de Student à 95 % sur des réplications indépendantes, tronqués à 0 (et à 100 % pour les parts) là où l’intervalle t franchirait une borne que l’indicateur ne peut pas dépasser. Avec peu de réplications d’une file chargée, ils sont un peu étroits : les attentes sont asymétriques d’une réplication à l’autre et, sur des files M/M/1 et M/M/3 à 90 % de charge, l’intervalle à 95 % a contenu l’attente moyenne vraie 92 à 93 % du temps (1 000 séries de 5 ou 10 réplications). Considérez-les comme approximatifs et lancez plus de réplications (ou des réplications plus longues) quand une décision se joue au dernier chiffre.',
  terms: {
    wait: {
      term: 'Attente avant la guérite primaire (temps d’attente, « delay » de la CBP)',
      aliases: 'attente|temps d’attente|attente au primaire|délai|temps d’attente à la frontière',
      definition:
        'Temps entre l’arrivée au bout de la file et l’arrivée à la guérite de contrôle primaire. C’est ce que le site Border Wait Times de la CBP publie comme « delay » (délai) pour chaque type de voie ; il ne comprend ni le contrôle lui-même, ni le contrôle secondaire, ni le trajet jusqu’à la file.',
      unit: 'minutes',
    },
    timeInSystem: {
      term: 'Temps dans le système',
      aliases: 'temps au poste frontalier|temps de passage|temps de séjour',
      definition:
        'Temps entre l’arrivée dans la file et la sortie du poste frontalier : l’attente avant la guérite primaire, plus le contrôle primaire, plus (pour les voyageurs renvoyés) l’attente d’une aire de contrôle secondaire et le contrôle secondaire. Toujours au moins aussi long que l’attente avant la guérite primaire.',
      unit: 'minutes',
    },
    lane: {
      term: 'Voie (lane)',
      aliases: 'voies|voie physique',
      definition:
        'Un accès physique à la zone d’inspection. Une voie peut mener à une guérite ou, avec des guérites en tandem, à deux guérites l’une derrière l’autre. Une voie peut exister et être fermée.',
      unit: 'voies (nombre)',
    },
    booth: {
      term: 'Guérite (booth)',
      aliases: 'guérites|guérite primaire|guérite d’inspection|ligne d’inspection primaire|lip',
      definition:
        'Un poste de contrôle primaire où un agent des services frontaliers contrôle un véhicule (ou un piéton) à la fois. borderflow compte des guérites, pas des voies : une voie à guérites en tandem compte deux guérites.',
      unit: 'guérites (nombre)',
    },
    boothsStaffed: {
      term: 'Guérites dotées d’un agent (ouvertes)',
      aliases: 'guérites ouvertes|guérites dotées|guérites en service',
      definition:
        'Guérites où un agent est en service maintenant : le plus petit nombre entre les guérites du groupe de voies et les agents prévus à cette heure. Une guérite sans agent est fermée. Un agent dont le quart est terminé finit de contrôler le véhicule à sa guérite (la guérite est alors « en fermeture »).',
      unit: 'guérites (nombre)',
    },
    lanesOpen: {
      term: 'Voies ouvertes (lanes open de la CBP)',
      aliases: 'voies ouvertes|lanes open',
      definition:
        'Le nombre que publie le flux Border Wait Times de la CBP pour chaque type de voie. Il est déclaré par les agents et se lit d’ordinaire comme le nombre de guérites dotées, mais il n’est pas défini avec précision ; borderflow le compare aux guérites dotées simulées et le signale. Ce n’est pas le nombre de voies physiques (le flux les appelle « maximum lanes »).',
      unit: 'voies (nombre)',
    },
    utilization: {
      term: 'Taux d’occupation',
      aliases: 'utilisation|taux d’occupation des guérites|part occupée|occupation',
      definition:
        'Guérites occupées ÷ guérites dotées d’un agent, en moyenne dans le temps : la part du temps de guérite dotée passée à contrôler. Les guérites fermées ne comptent pas, donc un poste frontalier peut avoir un taux d’occupation élevé avec beaucoup de guérites fermées.',
      unit: 'fraction 0–1 (guérites occupées ÷ dotées)',
    },
    rho: {
      term: 'ρ (charge offerte par guérite)',
      aliases: 'rho|charge offerte|charge|intensité de trafic',
      definition:
        'Taux d’arrivée ÷ (guérites dotées × contrôles qu’une guérite termine par unité de temps) = λ ÷ (c·μ). Sous 1, la file reste finie à long terme ; à 1 ou plus, elle s’allonge tant que dure la charge. Dans une simulation longue et stable, le taux d’occupation est égal à ρ. Les résultats la mesurent par groupe de voies et par heure comme véhicules arrivés × temps moyen réel au primaire ÷ temps de guérite ouverte ; les heures-voies où ρ ≥ 1 sont signalées comme instables.',
      unit: 'sans dimension (par guérite)',
    },
    erlangC: {
      term: 'Référence Erlang C (M/M/c)',
      aliases: 'erlang c|m/m/c|mmc|théorie du régime stationnaire|théorie',
      definition:
        'Le résultat classique en régime stationnaire pour c guérites identiques, des arrivées au hasard (Poisson) à un taux constant λ et des durées de contrôle exponentielles de taux μ : la probabilité d’attendre est le C(c, λ/μ) d’Erlang et l’attente moyenne avant une guérite est C ÷ (cμ − λ). Il suppose que l’heure dure indéfiniment ; les arrivées et la dotation réelles changent d’heure en heure, si bien que les files héritées d’une heure chargée font différer l’attente simulée, surtout pendant et après les pointes. Non défini (instable) quand ρ ≥ 1.',
      unit: 'minutes (attente moyenne)',
    },
    referral: {
      term: 'Renvoi au contrôle secondaire (referral)',
      aliases: 'renvois|renvoyé|renvoi|renvoi au secondaire|aiguillage vers le secondaire',
      definition:
        'Envoyer un voyageur du contrôle primaire au contrôle secondaire. Le moteur compte chaque renvoi sous un seul motif : sélection aléatoire (une part fixe de tous, pour la dissuasion de base, quoi que voie l’agent) ; ciblage (une cote de risque tirée de l’information préalable) ; jugement de l’agent (l’agent au primaire remarque quelque chose ; il ne trouve que ce qui s’y trouve vraiment, avec une probabilité de détection) ; une alarme du portique de détection de radioactivité ; un résultat d’imagerie (inspection non intrusive) ; et une règle d’alerte renforcée, quand le scénario en a une.',
      unit: 'voyageurs (nombre), ou part des voyageurs contrôlés',
    },
    randomReferral: {
      term: 'Taux de renvoi aléatoire',
      aliases: 'renvoi aléatoire|sélection aléatoire|contrôle aléatoire',
      definition: 'La part des voyageurs au primaire renvoyés au contrôle secondaire au hasard, qu’ils transportent quelque chose ou non.',
      unit: 'fraction 0–1',
    },
    secondary: {
      term: 'Contrôle secondaire',
      aliases: 'secondaire|inspection secondaire|aire de contrôle secondaire|aires',
      definition:
        'Un contrôle plus approfondi après renvoi, dans une zone à part avec ses propres aires et ses propres agents (fouille du véhicule, vérification des documents ou imagerie d’un camion). Les voyageurs renvoyés attendent une aire libre ; cette attente fait partie de leur temps dans le système, pas de l’attente avant la guérite primaire.',
      unit: 'aires (nombre) ; minutes (durée)',
    },
    seizure: {
      term: 'Saisie (seizure)',
      aliases: 'saisies|saisi',
      definition:
        'Contrebande découverte et retenue au contrôle secondaire. Un porteur qui n’est jamais renvoyé, ou dont la contrebande échappe au contrôle secondaire, passe avec elle.',
      unit: 'saisies (nombre)',
    },
    interdiction: {
      term: 'Taux d’interception',
      aliases: 'interception|taux d’interdiction',
      definition:
        'Saisies ÷ porteurs de contrebande arrivés, pendant la période mesurée. Manquant (affiché —, pas 0) quand aucun porteur de contrebande n’est arrivé.',
      unit: 'fraction 0–1 (saisies ÷ porteurs de contrebande arrivés)',
    },
    falsePositive: {
      term: 'Taux de faux positifs',
      aliases: 'faux positifs|faux positif',
      definition:
        'Voyageurs renvoyés qui ne transportaient rien ÷ tous les voyageurs renvoyés : la part des contrôles secondaires consacrée à des voyageurs innocents. Manquant (—) quand personne n’a été renvoyé.',
      unit: 'fraction 0–1 (renvois d’innocents ÷ renvois)',
    },
    replication: {
      term: 'Réplication',
      aliases: 'réplications|exécution|simulation',
      definition:
        'Une simulation de tout l’horizon avec ses propres nombres aléatoires (son propre flux d’arrivées, de durées de contrôle et de décisions). Les réplications d’un scénario ne diffèrent que par le hasard ; leur dispersion montre à quel point une seule simulation peut induire en erreur.',
      unit: 'exécutions (nombre)',
    },
    ci: {
      term: 'Intervalle de confiance à 95 %',
      aliases: 'intervalle de confiance|ic|ic 95 %|ic95',
      definition:
        'moyenne ± t × s ÷ √n sur n réplications, où s est l’écart type d’échantillon des résultats des réplications et t le 97,5e centile de la loi de Student à n − 1 degrés de liberté. Si l’étude était répétée de nombreuses fois, environ 95 % de ces intervalles contiendraient la vraie moyenne à long terme du scénario. Il faut au moins 2 réplications ; l’intervalle se resserre comme 1/√n.',
      unit: 'même unité que l’indicateur',
    },
    crn: {
      term: 'Nombres aléatoires communs',
      aliases: 'nac|crn|différence appariée|comparaison appariée|nombres aléatoires communs / différence appariée',
      definition:
        'Faire tourner deux scénarios avec la même graine, pour que les mêmes voyageurs arrivent avec la même chance (durées de contrôle, tirages de renvoi) partout où les scénarios partagent leur structure. La différence appariée (scénario B − scénario A, réplication par réplication) élimine alors l’essentiel du hasard commun, et son intervalle de confiance est bien plus étroit que la comparaison de deux intervalles séparés.',
      unit: 'même unité que l’indicateur (différence)',
    },
    warmup: {
      term: 'Préchauffage (warm-up)',
      aliases: 'préchauffage|période de préchauffage|mise en régime',
      definition:
        'Heures au début d’une simulation qui sont simulées mais non mesurées, pour que les résultats ne dépendent pas d’un poste frontalier qui démarre vide. Les véhicules arrivés pendant le préchauffage ne sont pas comptés dans les indicateurs (ils prennent quand même leur place dans la file).',
      unit: 'heures',
    },
    percentiles: {
      term: 'p50 / p90 / p95',
      aliases: 'médiane|centile|percentile|quantile',
      definition:
        'Centiles de l’attente avant la guérite primaire : p95 est l’attente que 95 % des voyageurs n’ont pas dépassée (5 % ont attendu plus) ; p50 est la médiane. Calculés par réplication sur tous les voyageurs mesurés, puis moyennés entre réplications avec un intervalle de confiance à 95 %.',
      unit: 'minutes',
    },
    missing: {
      term: 'Mise à jour en attente / manquant (Update Pending)',
      aliases: 'mise à jour en attente|manquant|pas de données|manquant ou zéro',
      definition:
        'Aucune valeur disponible : le flux de la CBP indique « Update Pending », ou un indicateur n’est pas défini (l’attente d’une heure où personne n’est arrivé ; un taux d’interception sans porteur de contrebande). Affiché — ou « pas de données », jamais 0 : une attente nulle est une mesure, une donnée manquante est l’absence de mesure.',
    },
    costOfDelay: {
      term: 'Coût de l’attente',
      aliases: 'coût du retard|valeur du temps',
      definition:
        'Heures-véhicules passées au poste frontalier (temps dans le système, additionné sur les voyageurs) × valeur du temps par heure-véhicule selon le mode (p. ex. 28,69 dollars par heure-voiture et 36,28 dollars par heure-camion, dollars de 2017 selon le TTI). Une estimation économique, pas un coût mesuré.',
      unit: 'dollars américains',
    },
    throughput: {
      term: 'Débit',
      aliases: 'traités|contrôlés|passages',
      definition: 'Voyageurs ayant terminé le contrôle primaire pendant la période mesurée.',
      unit: 'véhicules (personnes pour les piétons) par période',
    },
    queueLength: {
      term: 'Longueur de la file',
      aliases: 'longueur de file|dans la file|file d’attente',
      definition:
        'Véhicules qui attendent dans la file une guérite primaire (sans compter ceux en cours de contrôle), à un instant donné ou en moyenne dans le temps.',
      unit: 'véhicules (personnes pour les piétons)',
    },
    littlesLaw: {
      term: 'Loi de Little',
      aliases: 'loi de little|l = λw',
      definition:
        'Sur une longue période, le nombre moyen dans la file L est égal au taux d’arrivée λ multiplié par l’attente moyenne W : L = λW. Elle vaut pour toute forme d’arrivées et toute durée de contrôle, ce qui en fait une vérification d’une simulation.',
      unit: 'véhicules = (véhicules par minute) × minutes',
    },
    trustedTraveler: {
      term: 'Programmes de voyageurs dignes de confiance',
      aliases: 'sentri|nexus|fast|expres|voie ready|ready|voyageur digne de confiance',
      definition:
        'Programmes dont les membres, soumis à une vérification préalable, empruntent des voies réservées au contrôle primaire plus rapide : SENTRI (États-Unis–Mexique), NEXUS (États-Unis–Canada), FAST/EXPRES (camions commerciaux : transporteur, importateur et chauffeur vérifiés). Les voies Ready (Ready Lane) accueillent les voyageurs munis de documents à puce RFID. Les membres restent soumis au renvoi aléatoire au contrôle secondaire.',
    },
    censored: {
      term: 'Attentes censurées (inachevées)',
      aliases: 'censurée|attente censurée|inachevée|encore dans la file|borne inférieure|≥',
      definition:
        'Les voyageurs encore dans la file à la fin d’une simulation (fin de simulation : coupure, ou vidange arrivée à sa limite) n’ont pas d’attente achevée. Leur attente jusque-là entre dans les indicateurs d’attente comme observation censurée : une borne inférieure. Là où une heure compte de tels voyageurs, son attente est marquée ≥ (au moins), et l’attente réelle a été plus longue.',
      unit: 'voyageurs (nombre) ; attentes en minutes, bornes inférieures',
    },
    drainCutoff: {
      term: 'Vidange ou coupure (fin de simulation)',
      aliases: 'vidange|coupure|fin de simulation|drain|cutoff|endofrun|draincaphours',
      definition:
        'La manière dont une simulation se termine. Vidange (drain, par défaut) : les arrivées s’arrêtent à l’horizon et la simulation continue jusqu’à ce que tous les présents soient partis, si bien que les attentes de chaque heure sont achevées (sauf si la vidange atteint sa limite, drainCapHours). Coupure (cutoff) : la simulation s’arrête à l’horizon, et ceux qui sont encore dans la file comptent comme inachevés, leur attente censurée.',
      unit: 'heures (durée de vidange après l’horizon)',
    },
    balking: {
      term: 'Renoncement à l’arrivée (balking)',
      aliases: 'renoncer|a renoncé|ont renoncé|abandon à l’arrivée|renoncer à attendre',
      definition:
        'Un voyageur voit une attente prévue au-delà de ce qu’il tolère et ne rejoint pas la file. Ensuite il rentre chez lui, se rend à un autre poste frontalier ou reporte son voyage. (Renoncements à l’arrivée + abandons de file) ÷ arrivées est la part de ceux qui ont renoncé.',
      unit: 'voyageurs (nombre) ; part des arrivées',
    },
    reneging: {
      term: 'Abandon de la file (reneging)',
      aliases: 'abandonner|a quitté la file|abandon|patience',
      definition:
        'Un voyageur rejoint la file et la quitte quand sa patience est épuisée, avant d’atteindre une guérite. Son temps dans la file avant de partir est publié comme l’attente moyenne avant abandon. Les flux peuvent fixer une patience ; sans elle, personne n’abandonne.',
      unit: 'voyageurs (nombre) ; minutes dans la file avant le départ',
    },
    waitOver: {
      term: 'P(attente > t)',
      aliases: 'part attendant plus de|attente de plus de 30 min|attente supérieure à|dépassement|seuil',
      definition:
        'La part des véhicules (piétons) ayant atteint une guérite primaire dont l’attente dans la file a dépassé t minutes, aux seuils que publie le scénario (15, 30 et 60 minutes par défaut). Moyennée entre réplications avec un intervalle de confiance à 95 %. Les attentes censurées comptent comme bornes inférieures : avec des voyageurs inachevés, la part est elle aussi une borne inférieure.',
      unit: 'fraction 0–1 (affichée en %)',
    },
    laneManagement: {
      term: 'Gestion active des voies',
      aliases: 'gestion des voies|agents d’appoint|heures-guérites ajoutées|appoint',
      definition:
        'Ouvrir des guérites au-delà de la dotation propre d’un groupe de voies quand sa file s’allonge, avec des agents d’une réserve d’appoint, puis les refermer quand elle raccourcit. Les résultats indiquent les heures-guérites ajoutées de cette manière.',
      unit: 'heures-guérites',
    },
    stackedBooths: {
      term: 'Guérites en tandem (stacked booths)',
      aliases: 'en tandem|guérites doubles|double guérite|guérites par voie|boothsperlane',
      definition:
        'Deux guérites (ou plus) l’une derrière l’autre sur la même voie, chacune contrôlant un véhicule, pour qu’une voie écoule plus de véhicules par heure. La CBP compte une voie en tandem une seule fois : voies ouvertes = guérites ouvertes ÷ guérites par voie.',
      unit: 'guérites par voie',
    },
  },
};
