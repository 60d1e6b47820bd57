package pgcluster

import "syscall"

// serverProcAttr puts the server in its own process group, so a terminal's Ctrl-C reaches
// only the calling process, and asks the kernel for a fast shutdown (SIGINT) if the calling
// process dies without calling Stop, so no server outlives a crashed test binary or dev run.
func serverProcAttr(owner *osUser) *syscall.SysProcAttr {
	return &syscall.SysProcAttr{
		Setpgid:    true,
		Pdeathsig:  syscall.SIGINT,
		Credential: owner.credential(),
	}
}
