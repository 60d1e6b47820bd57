package i18n

// adminMessages are the texts of the admin pages: users, settings, audit
// log and outbox.
var adminMessages = map[string]message{}
