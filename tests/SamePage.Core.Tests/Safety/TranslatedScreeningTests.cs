using SamePage.Core.Safety;
using SamePage.Core.Tests.TestSupport;

namespace SamePage.Core.Tests.Safety;

/// <summary>
/// Issue 19, item 3: the screener's rules written for Spanish (content/es/safety.yaml) and German
/// (content/de/safety.yaml) notice controlling clauses said the way each language says them, with the
/// right kind, and leave ordinary, freely chosen clauses alone. A handful of sentences each: a check
/// that the rules speak the language, not a measured figure like the English clause files.
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
