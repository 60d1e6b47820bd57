package i18n

// eventMessages are the texts of the partners, partner portal, moderation, agenda and registrations.
var eventMessages = map[string]message{}
