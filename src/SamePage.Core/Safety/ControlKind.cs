namespace SamePage.Core.Safety;

/// <summary>
/// The kinds of control the clause screener looks for (after the Duluth Power and Control Wheel).
/// Their names in content files are the lowercase names: `monitoring`, `isolation`, ...
/// </summary>
public enum ControlKind
{
    /// <summary>Watching a partner: passwords, reading messages, checking the phone, location, proof of whereabouts.</summary>
    Monitoring,

    /// <summary>Keeping a partner from friends, family, going out, groups; cutting their contacts.</summary>
    Isolation,

    /// <summary>Controlling a partner's money or work.</summary>
    Economic,

    /// <summary>Keeping a partner from help: a therapist, a counsellor, a doctor, family to confide in.</summary>
    Support,

    /// <summary>Threats, punishments, threats of self-harm, ultimatums.</summary>
    Coercion,

    /// <summary>Deciding how a partner looks: clothes, make-up, hair, weight.</summary>
    Appearance,
}
