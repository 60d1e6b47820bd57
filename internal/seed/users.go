package seed

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/database"
)

// DemoPassword is the password of every demo user. It exists only in
// databases that `podium dev` seeded.
const DemoPassword = "podium-demo-wachtwoord"

// DemoUser is a back-office account `make run` creates for trying Podium.
type DemoUser struct {
	Email, Name  string
	Role         accounts.Role
	Organisation string
}

// demoPartner is the partner organisation of the demo partner user.
const demoPartnerSlug, demoPartnerName = "netwerk-kleurrijk", "Stichting Netwerk Kleurrijk"

// DemoUsers returns the demo admin, editor and partner user.
func DemoUsers() []DemoUser {
	return []DemoUser{
		{Email: "beheer@podium.example", Name: "Ayşe Demir", Role: accounts.RoleAdmin},
		{Email: "redactie@podium.example", Name: "Joost de Boer", Role: accounts.RoleEditor},
		{Email: "partner@podium.example", Name: "Mariam Haddou", Role: accounts.RolePartner, Organisation: demoPartnerName},
	}
}

// EnsureDemoUsers creates the demo users with DemoPassword when they do not
// exist yet; existing ones (perhaps with a changed password) are left alone.
func EnsureDemoUsers(ctx context.Context, pool *pgxpool.Pool) error {
	err := database.InTx(ctx, pool, func(tx pgx.Tx) error {
		acc := accounts.NewStore(tx)
		partner, err := acc.PartnerBySlug(ctx, demoPartnerSlug)
		if errors.Is(err, database.ErrNotFound) {
			partner, err = acc.CreatePartner(ctx, demoPartnerSlug, demoPartnerName)
		}
		if err != nil {
			return err
		}
		for _, d := range DemoUsers() {
			if _, err := acc.ByEmail(ctx, d.Email); err == nil {
				continue
			} else if !errors.Is(err, database.ErrNotFound) {
				return err
			}
			n := accounts.NewUser{Email: d.Email, Name: d.Name, Role: d.Role}
			if d.Role == accounts.RolePartner {
				n.PartnerID = &partner.ID
			}
			u, err := acc.Create(ctx, n)
			if err != nil {
				return err
			}
			if err := acc.SetPassword(ctx, u.ID, DemoPassword); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("seed.EnsureDemoUsers: %w", err)
	}
	return nil
}
