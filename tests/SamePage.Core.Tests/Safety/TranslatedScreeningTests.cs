using SamePage.Core.Safety;
using SamePage.Core.Tests.TestSupport;

namespace SamePage.Core.Tests.Safety;

/// <summary>
/// Issue 19, item 3: the screener's rules written for Spanish (content/es/safety.yaml) and German
/// (content/de/safety.yaml) notice controlling clauses said the way each language says them, with the
/// right kind, and leave ordinary, freely chosen clauses alone. About sixty sentences each, written with the rules:
/// a check that the rules speak the language, not a measured figure like the English held-out files.
/// </summary>
public class TranslatedScreeningTests
{
    private static readonly Dictionary<string, ClauseScreener> Screeners = new()
    {
        ["es"] = Load("es"),
        ["de"] = Load("de"),
    };

    public static TheoryData<string, string, ControlKind> Controlling => new()
    {
        { "es", "Me enseñas tu móvil cada noche antes de dormir.", ControlKind.Monitoring },
        { "es", "Tienes que darme la contraseña de tu correo.", ControlKind.Monitoring },
        { "es", "Quiero que me mandes una foto cada hora cuando sales.", ControlKind.Monitoring },
        { "es", "Te reviso el celular cuando yo quiera.", ControlKind.Monitoring },
        { "es", "No quiero que veas a tus amigas sin mí.", ControlKind.Isolation },
        { "es", "Nada de salir de fiesta los fines de semana.", ControlKind.Isolation },
        { "es", "Tu familia es una mala influencia y vas a dejar de verla.", ControlKind.Isolation },
        { "es", "Yo controlo tu sueldo y te doy una paga semanal.", ControlKind.Economic },
        { "es", "No quiero que trabajes.", ControlKind.Economic },
        { "es", "No le cuentes a nadie nuestros problemas.", ControlKind.Support },
        { "es", "No vas a ir a terapia.", ControlKind.Support },
        { "es", "Si me dejas, me quito la vida.", ControlKind.Coercion },
        { "es", "Vuelves antes de las diez o se acabó.", ControlKind.Coercion },
        { "es", "No te pongas esa falda tan corta.", ControlKind.Appearance },
        { "de", "Du zeigst mir jeden Abend dein Handy.", ControlKind.Monitoring },
        { "de", "Ich will dein Passwort kennen, damit ich jederzeit nachsehen kann.", ControlKind.Monitoring },
        { "de", "Du musst deinen Standort immer mit mir teilen.", ControlKind.Monitoring },
        { "de", "Ich schaue deine Nachrichten durch, wann ich will.", ControlKind.Monitoring },
        { "de", "Du triffst deine Freunde nicht mehr ohne mich.", ControlKind.Isolation },
        { "de", "Ich will nicht, dass du deine Familie besuchst.", ControlKind.Isolation },
        { "de", "Partys sind ab jetzt tabu.", ControlKind.Isolation },
        { "de", "Ich verwalte dein Gehalt und du bekommst ein Taschengeld.", ControlKind.Economic },
        { "de", "Ich will nicht, dass du arbeitest.", ControlKind.Economic },
        { "de", "Über unsere Probleme redest du mit niemandem, das bleibt unter uns.", ControlKind.Support },
        { "de", "Du gehst nicht mehr zur Therapie.", ControlKind.Support },
        { "de", "Wenn du gehst, bringe ich mich um.", ControlKind.Coercion },
        { "de", "Du bist um zehn zu Hause, sonst ist es aus.", ControlKind.Coercion },
        { "de", "Du trägst keine kurzen Röcke mehr.", ControlKind.Appearance },
        { "es", "Quiero saber dónde estás en todo momento.", ControlKind.Monitoring },
        { "es", "Tienes que contestarme enseguida cuando te escriba.", ControlKind.Monitoring },
        { "es", "Nada de amigas.", ControlKind.Isolation },
        { "es", "No puedes salir sin mí.", ControlKind.Isolation },
        { "es", "Dame tu tarjeta del banco.", ControlKind.Economic },
        { "es", "Ni se te ocurra llamar a tu madre.", ControlKind.Isolation },
        { "es", "Tienes que enseñarme los tickets de todo lo que compras.", ControlKind.Economic },
        { "es", "Si hablas con tu ex, te echo de casa.", ControlKind.Coercion },
        { "es", "Lo que pasa en casa se queda en casa.", ControlKind.Support },
        { "es", "Tienes que pedirme permiso para ver a tu familia.", ControlKind.Isolation },
        { "es", "Quiero la ubicación de tu celular activada siempre.", ControlKind.Monitoring },
        { "es", "Deja de ver a tus compañeros de trabajo.", ControlKind.Isolation },
        { "es", "No te maquilles cuando salgas sin mí.", ControlKind.Appearance },
        { "es", "Tienes que adelgazar.", ControlKind.Appearance },
        { "es", "Solo puedes salir conmigo.", ControlKind.Isolation },
        { "es", "Si no me contestas, me hago daño.", ControlKind.Coercion },
        { "de", "Ich will immer wissen, wo du bist.", ControlKind.Monitoring },
        { "de", "Du musst sofort antworten, wenn ich schreibe.", ControlKind.Monitoring },
        { "de", "Keine Freundinnen mehr.", ControlKind.Isolation },
        { "de", "Du gehst nicht ohne mich aus.", ControlKind.Isolation },
        { "de", "Gib mir deine Bankkarte.", ControlKind.Economic },
        { "de", "Du rufst deine Mutter nicht mehr an.", ControlKind.Isolation },
        { "de", "Du zeigst mir die Kassenbons von allem, was du kaufst.", ControlKind.Economic },
        { "de", "Wenn du mit deinem Ex redest, fliegst du raus.", ControlKind.Coercion },
        { "de", "Was zu Hause passiert, bleibt zu Hause.", ControlKind.Support },
        { "de", "Du musst mich vorher fragen, wenn du deine Familie sehen willst.", ControlKind.Isolation },
        { "de", "Dein Standort bleibt immer an.", ControlKind.Monitoring },
        { "de", "Du hörst auf, deine Kollegen zu treffen.", ControlKind.Isolation },
        { "de", "Du schminkst dich nicht, wenn du ohne mich ausgehst.", ControlKind.Appearance },
        { "de", "Du musst abnehmen.", ControlKind.Appearance },
        { "de", "Du gehst nur mit mir aus.", ControlKind.Isolation },
        { "de", "Wenn du nicht antwortest, tue ich mir etwas an.", ControlKind.Coercion },
        { "de", "Du musst immer erreichbar sein.", ControlKind.Monitoring },
    };

    public static TheoryData<string, string> Healthy => new()
    {
        { "es", "Nunca revisamos el móvil de la otra persona." },
        { "es", "Puedes ver a tus amigos cuando quieras." },
        { "es", "Cada quien decide con quién sale." },
        { "es", "Cada persona tiene su propia cuenta y sus ahorros." },
        { "es", "Si quieres ir a terapia, me parece bien." },
        { "es", "Me avisas si vas a llegar tarde a cenar." },
        { "es", "No tenemos sexo con otras personas." },
        { "es", "Me encanta cómo te vistes." },
        { "es", "Hablamos de los celos cuando aparecen, con calma." },
        { "es", "No necesito saber dónde estás." },
        { "de", "Wir lesen nie die Nachrichten der anderen Person." },
        { "de", "Du kannst deine Freunde treffen, wann du willst." },
        { "de", "Ich lese deine Nachrichten nicht." },
        { "de", "Jede Person hat ein eigenes Konto und entscheidet selbst darüber." },
        { "de", "Wenn du zur Therapie gehen möchtest, ist das völlig in Ordnung." },
        { "de", "Sag mir Bescheid, wenn du später nach Hause kommst." },
        { "de", "Wir haben keinen Sex mit anderen Menschen." },
        { "de", "Ich muss nicht wissen, wo du bist." },
        { "de", "Wir reden über Eifersucht, wenn sie auftaucht." },
        { "de", "Du verwaltest dein Geld selbst." },
        { "es", "Los domingos comemos con la familia de cada quien, por turnos." },
        { "es", "Si salgo hasta tarde, te aviso para que no te preocupes." },
        { "es", "No hace falta que me cuentes todo lo que haces." },
        { "es", "Cada persona puede tener amistades de cualquier género." },
        { "es", "Nunca miramos el móvil del otro sin permiso." },
        { "es", "No quedamos a solas con ex parejas sin hablarlo antes." },
        { "es", "Respetamos las contraseñas de cada quien." },
        { "es", "Podemos ir al gimnasio juntos o por separado, como queramos." },
        { "es", "No compartimos contraseñas." },
        { "es", "Si alguna vez me siento celoso, te lo digo con calma." },
        { "es", "Hablamos de dinero una vez al mes y decidimos juntos los gastos grandes." },
        { "es", "Cada quien gasta su dinero como quiera." },
        { "es", "No vamos a tener sexo con otras personas." },
        { "es", "Puedes salir con tus amigos siempre que quieras." },
        { "es", "Nos contamos cómo ha ido el día." },
        { "es", "No me gusta que me mires el móvil, y yo no miro el tuyo." },
        { "es", "Yo no leo tus mensajes." },
        { "es", "Puedes ir a terapia cuando quieras." },
        { "es", "Quiero ver tus fotos del viaje." },
        { "es", "Si quieres, vístete como te apetezca para la boda." },
        { "de", "Wir besuchen abwechselnd unsere Familien." },
        { "de", "Wenn ich später komme, sage ich dir Bescheid." },
        { "de", "Du musst mir nicht alles erzählen." },
        { "de", "Jede Person darf Freundschaften mit Menschen jedes Geschlechts haben." },
        { "de", "Wir schauen nie ohne Erlaubnis in das Handy der anderen Person." },
        { "de", "Wir treffen uns nicht allein mit Ex-Partner*innen, ohne vorher darüber zu reden." },
        { "de", "Wir teilen keine Passwörter." },
        { "de", "Einmal im Monat reden wir über Geld und entscheiden gemeinsam über große Ausgaben." },
        { "de", "Jede Person gibt ihr Geld aus, wie sie möchte." },
        { "de", "Du kannst mit deinen Freunden ausgehen, wann immer du willst." },
        { "de", "Wir erzählen uns, wie der Tag war." },
        { "de", "Ich lese deine Nachrichten nie." },
        { "de", "Ich kann meine Familie leider nicht oft sehen." },
        { "de", "Du kannst jederzeit zur Therapie gehen." },
        { "de", "Ich möchte die Fotos von deiner Reise sehen." },
        { "de", "Wir haben keinen Sex mit anderen." },
        { "de", "Wenn ich eifersüchtig bin, sage ich es dir ruhig." },
        { "de", "Ich antworte, wenn ich Zeit habe." },
        { "de", "Du siehst toll aus in dem Kleid." },
        { "de", "Du antwortest immer so lieb." },
        { "de", "Ich bin nicht immer erreichbar, und das ist okay." },
        { "de", "Ruf mich an, wenn du magst." },
        { "de", "Du rufst deine Mutter an, wann immer du willst." },
        { "es", "Sal conmigo esta noche si te apetece." },
        { "es", "Me encanta salir contigo y con tus amigas." },
        { "es", "Responder mensajes tarde está bien." },
    };

    [Theory]
    [MemberData(nameof(Controlling))]
    public void A_controlling_clause_is_noticed_with_its_kind(string locale, string clause, ControlKind kind)
    {
        var result = Screeners[locale].ScreenRules(clause);
        Assert.True(result.Kinds.Contains(kind), $"{locale}: \"{clause}\" gave [{string.Join(", ", result.Kinds)}] ({string.Join(", ", result.Rules)}), expected {kind}");
    }

    [Theory]
    [MemberData(nameof(Healthy))]
    public void A_healthy_clause_is_left_alone(string locale, string clause)
    {
        var result = Screeners[locale].ScreenRules(clause);
        Assert.False(result.Flagged, $"{locale}: \"{clause}\" was noticed by {string.Join(", ", result.Rules)}");
    }

    /// <summary>The same rule file does not speak another language: English rules miss a Spanish and a German ban.</summary>
    [Fact]
    public void English_rules_alone_would_miss_these_clauses()
    {
        var english = ClauseSet.English;
        Assert.False(english.ScreenRules("No quiero que veas a tus amigas sin mí.").Flagged);
        Assert.False(english.ScreenRules("Du zeigst mir jeden Abend dein Handy.").Flagged);
    }

    [Theory]
    [InlineData("es")]
    [InlineData("de")]
    public void Every_kind_of_control_has_rules_in_each_language(string locale)
    {
        var kinds = Screeners[locale].Rules.Rules.Select(r => r.Kind).Distinct();
        Assert.Equal(Enum.GetValues<ControlKind>().Order(), kinds.Order());
    }

    private static ClauseScreener Load(string locale) =>
        new(ScreeningRulesParser.Parse(File.ReadAllText(RepoRoot.PathOf("content", locale, "safety.yaml")), $"content/{locale}/safety.yaml"));
}
