// SPDX-License-Identifier: GPL-2.0-only
/*
 * Tests for KVM_SET_PV_HINTS, KVM_GET_PV_HINTS, MSR_KVM_PV_HINTS and
 * MSR_KVM_PV_HINTS_INT: the dynamic hints change for every vCPU, those
 * created later included, while CPUID stays as the VMM set it; each change
 * sends one interrupt, to the first registered vCPU, also when it halts;
 * the state migrates to another VM; INIT clears a registration; invalid
 * ioctl arguments and MSR values are refused; a process other than the
 * VM's creator can make the two ioctls, and no other.
 */
#include <asm/kvm_para.h>
#include <pthread.h>
#include <stdint.h>
#include <sys/wait.h>
#include <unistd.h>

#include "test_util.h"
#include "kvm_util.h"
#include "processor.h"
#include "apic.h"

#define X86_FEATURE_KVM_PV_HINTS_INT \
	KVM_X86_CPU_FEATURE(0x40000001, 0, EAX, KVM_FEATURE_PV_HINTS_INT)

#define VALID_HINTS		BIT(KVM_HINTS_REALTIME)
#define VECTOR			0xf5
#define NR_VCPUS		3
#define NOTIFY_DELAY_US		100000
#define WAKE_TIMEOUT_MS		5000

/* What the host asks a vCPU to do before it reports. */
enum {
	CMD_REPORT = 1,
	CMD_REGISTER,		/* write cmd_arg to MSR_KVM_PV_HINTS_INT */
	CMD_WINDOW,		/* take any pending interrupt */
	CMD_HALT,		/* halt until an interrupt comes */
	CMD_INVALID,		/* check that invalid MSR writes #GP */
	CMD_INIT,		/* send INIT to the vCPU whose ID is cmd_arg */
	CMD_DONE,
};

static uint64_t cmd[NR_VCPUS];
static uint64_t cmd_arg[NR_VCPUS];
/* Updated by the guest's interrupt handler. */
static uint64_t irq_count[NR_VCPUS];

/* A vCPU's report: args[1] to args[5] of its ucall. */
struct report {
	uint64_t cmd;
	uint64_t cpuid_hints;	/* EDX of KVM_CPUID_FEATURES */
	uint64_t hints;		/* MSR_KVM_PV_HINTS */
	uint64_t irqs;
	uint64_t vector;	/* MSR_KVM_PV_HINTS_INT */
};

static uint32_t guest_id(void)
{
	return x2apic_read_reg(APIC_ID);
}

static void guest_irq_handler(struct ex_regs *regs)
{
	uint32_t id = guest_id();

	WRITE_ONCE(irq_count[id], irq_count[id] + 1);
	x2apic_write_reg(APIC_EOI, 0);
}

static uint32_t guest_cpuid_hints(void)
{
	uint32_t eax, ebx, ecx, edx;

	cpuid(KVM_CPUID_FEATURES, &eax, &ebx, &ecx, &edx);
	return edx;
}

static void guest_check_invalid(void)
{
	uint64_t before = rdmsr(MSR_KVM_PV_HINTS_INT);
	uint8_t vec;

	vec = wrmsr_safe(MSR_KVM_PV_HINTS_INT, 0x1);
	GUEST_ASSERT_EQ(vec, GP_VECTOR);
	vec = wrmsr_safe(MSR_KVM_PV_HINTS_INT, 0x1f);
	GUEST_ASSERT_EQ(vec, GP_VECTOR);
	vec = wrmsr_safe(MSR_KVM_PV_HINTS_INT, 0x100 | VECTOR);
	GUEST_ASSERT_EQ(vec, GP_VECTOR);
	vec = wrmsr_safe(MSR_KVM_PV_HINTS_INT, BIT_ULL(63) | VECTOR);
	GUEST_ASSERT_EQ(vec, GP_VECTOR);
	vec = wrmsr_safe(MSR_KVM_PV_HINTS, 0);
	GUEST_ASSERT_EQ(vec, GP_VECTOR);
	vec = wrmsr_safe(MSR_KVM_PV_HINTS, VALID_HINTS);
	GUEST_ASSERT_EQ(vec, GP_VECTOR);
	GUEST_ASSERT_EQ(rdmsr(MSR_KVM_PV_HINTS_INT), before);
}

static void guest_code(void)
{
	uint32_t id, dest;
	uint64_t count;

	x2apic_enable();
	id = guest_id();
	for (;;) {
		switch (READ_ONCE(cmd[id])) {
		case CMD_REGISTER:
			wrmsr(MSR_KVM_PV_HINTS_INT, READ_ONCE(cmd_arg[id]));
			break;
		case CMD_WINDOW:
			asm volatile("sti; nop; nop; nop; cli" ::: "memory");
			break;
		case CMD_HALT:
			count = READ_ONCE(irq_count[id]);
			while (READ_ONCE(irq_count[id]) == count)
				asm volatile("sti; hlt; cli" ::: "memory");
			break;
		case CMD_INVALID:
			guest_check_invalid();
			break;
		case CMD_INIT:
			dest = READ_ONCE(cmd_arg[id]);
			x2apic_write_reg(APIC_ICR, (uint64_t)dest << 32 |
					 APIC_DEST_PHYSICAL | APIC_INT_ASSERT |
					 APIC_DM_INIT);
			break;
		case CMD_DONE:
			GUEST_DONE();
		}
		GUEST_SYNC_ARGS(READ_ONCE(cmd[id]), guest_cpuid_hints(),
				rdmsr(MSR_KVM_PV_HINTS),
				READ_ONCE(irq_count[id]),
				rdmsr(MSR_KVM_PV_HINTS_INT));
	}
}

/* Without KVM_FEATURE_PV_HINTS_INT, enforced: both MSRs #GP. */
static void guest_code_no_feature(void)
{
	uint64_t val;
	uint8_t vec;

	for (;;) {
		vec = rdmsr_safe(MSR_KVM_PV_HINTS, &val);
		GUEST_ASSERT_EQ(vec, GP_VECTOR);
		vec = rdmsr_safe(MSR_KVM_PV_HINTS_INT, &val);
		GUEST_ASSERT_EQ(vec, GP_VECTOR);
		vec = wrmsr_safe(MSR_KVM_PV_HINTS_INT, VECTOR);
		GUEST_ASSERT_EQ(vec, GP_VECTOR);
		GUEST_SYNC_ARGS(CMD_REPORT, guest_cpuid_hints(), 0, 0, 0);
	}
}

static struct report run(struct kvm_vcpu *vcpu, uint64_t command,
			 uint64_t arg)
{
	struct ucall uc;

	cmd[vcpu->id] = command;
	cmd_arg[vcpu->id] = arg;
	sync_global_to_guest(vcpu->vm, cmd);
	sync_global_to_guest(vcpu->vm, cmd_arg);
	vcpu_run(vcpu);
	TEST_ASSERT(vcpu->run->exit_reason == KVM_EXIT_IO,
		    "vCPU %u: unexpected exit reason: %u (%s)", vcpu->id,
		    vcpu->run->exit_reason,
		    exit_reason_str(vcpu->run->exit_reason));

	switch (get_ucall(vcpu, &uc)) {
	case UCALL_SYNC:
		ASSERT_EQ(uc.args[1], command);
		break;
	case UCALL_DONE:
		ASSERT_EQ(command, CMD_DONE);
		break;
	case UCALL_ABORT:
		REPORT_GUEST_ASSERT_2(uc, "values: %#lx, %#lx");
		break;
	default:
		TEST_FAIL("Unknown ucall %lu", uc.cmd);
	}
	return (struct report){ uc.args[1], uc.args[2], uc.args[3],
				uc.args[4], uc.args[5] };
}

static struct kvm_pv_hints get_pv_hints(struct kvm_vm *vm)
{
	struct kvm_pv_hints pv_hints;

	vm_ioctl(vm, KVM_GET_PV_HINTS, &pv_hints);
	return pv_hints;
}

static int __set_pv_hints(struct kvm_vm *vm, uint32_t flags, uint32_t hints)
{
	struct kvm_pv_hints pv_hints = { .flags = flags, .hints = hints };

	return __vm_ioctl(vm, KVM_SET_PV_HINTS, &pv_hints);
}

static void set_pv_hints(struct kvm_vm *vm, uint32_t flags, uint32_t hints)
{
	struct kvm_pv_hints pv_hints;
	int r = __set_pv_hints(vm, flags, hints);

	TEST_ASSERT(!r, KVM_IOCTL_ERROR(KVM_SET_PV_HINTS, r));
	pv_hints = get_pv_hints(vm);
	ASSERT_EQ(pv_hints.flags, flags);
	ASSERT_EQ(pv_hints.hints, hints);
}

static void override(struct kvm_vm *vm, uint32_t hints)
{
	set_pv_hints(vm, KVM_PV_HINTS_OVERRIDE, hints);
}

static void set_pv_hints_einval(struct kvm_vm *vm, uint32_t flags,
				uint32_t hints)
{
	struct kvm_pv_hints before = get_pv_hints(vm), after;
	int r = __set_pv_hints(vm, flags, hints);

	TEST_ASSERT(r == -1 && errno == EINVAL,
		    "Expected EINVAL for {%#x, %#x}, rc: %d errno: %d",
		    flags, hints, r, errno);
	after = get_pv_hints(vm);
	ASSERT_EQ(after.flags, before.flags);
	ASSERT_EQ(after.hints, before.hints);
}

/* KVM_CPUID_FEATURES.EDX as returned by KVM_GET_CPUID2, not the cache. */
static uint32_t kvm_get_cpuid2_hints(struct kvm_vcpu *vcpu)
{
	struct kvm_cpuid2 *cpuid = allocate_kvm_cpuid2(vcpu->cpuid->nent);
	uint32_t edx;

	vcpu_ioctl(vcpu, KVM_GET_CPUID2, cpuid);
	edx = get_cpuid_entry(cpuid, KVM_CPUID_FEATURES, 0)->edx;
	free(cpuid);
	return edx;
}

static struct kvm_vcpu *add_vcpu(struct kvm_vm *vm, uint32_t id,
				 uint32_t cpuid_hints)
{
	struct kvm_vcpu *vcpu = vm_vcpu_add(vm, id, guest_code);

	vcpu_init_descriptor_tables(vcpu);
	vcpu_get_cpuid_entry(vcpu, KVM_CPUID_FEATURES)->edx = cpuid_hints;
	vcpu_set_cpuid(vcpu);
	return vcpu;
}

static struct kvm_vm *create_vm(void)
{
	struct kvm_vm *vm = vm_create(NR_VCPUS);

	vm_init_descriptor_tables(vm);
	vm_install_exception_handler(vm, VECTOR, guest_irq_handler);
	return vm;
}

/* Take pending interrupts on every vCPU; check how many each has had. */
static void check_irqs(struct kvm_vcpu **vcpus, int n, const uint64_t *irqs)
{
	int i;

	for (i = 0; i < n; i++)
		ASSERT_EQ(run(vcpus[i], CMD_WINDOW, 0).irqs, irqs[i]);
}

static void test_enumeration(void)
{
	struct kvm_vm *vm = vm_create_barebones();

	ASSERT_EQ(kvm_check_cap(KVM_CAP_PV_HINTS), VALID_HINTS);
	ASSERT_EQ(vm_check_cap(vm, KVM_CAP_PV_HINTS), VALID_HINTS);
	TEST_ASSERT(kvm_cpu_has(X86_FEATURE_KVM_PV_HINTS_INT),
		    "KVM_FEATURE_PV_HINTS_INT not in KVM_GET_SUPPORTED_CPUID");
	TEST_ASSERT(kvm_msr_is_in_save_restore_list(MSR_KVM_PV_HINTS_INT),
		    "MSR_KVM_PV_HINTS_INT not in KVM_GET_MSR_INDEX_LIST");
	TEST_ASSERT(!kvm_msr_is_in_save_restore_list(MSR_KVM_PV_HINTS),
		    "MSR_KVM_PV_HINTS in KVM_GET_MSR_INDEX_LIST");
	kvm_vm_free(vm);
	ksft_test_result_pass("capability, feature and MSR enumeration\n");
}

static void test_set_get(void)
{
	struct kvm_vm *vm = vm_create_barebones();
	struct kvm_pv_hints pv_hints = get_pv_hints(vm);

	ASSERT_EQ(pv_hints.flags, 0);
	ASSERT_EQ(pv_hints.hints, 0);
	set_pv_hints_einval(vm, 0x2, 0);
	set_pv_hints_einval(vm, KVM_PV_HINTS_OVERRIDE | 0x2, VALID_HINTS);
	set_pv_hints_einval(vm, KVM_PV_HINTS_OVERRIDE, 0x2);
	set_pv_hints_einval(vm, KVM_PV_HINTS_OVERRIDE, 0x80000000);
	set_pv_hints_einval(vm, 0, VALID_HINTS);
	override(vm, VALID_HINTS);
	set_pv_hints_einval(vm, KVM_PV_HINTS_OVERRIDE, 0x2);
	override(vm, 0);
	set_pv_hints(vm, 0, 0);
	kvm_vm_free(vm);
	ksft_test_result_pass("KVM_SET_PV_HINTS and KVM_GET_PV_HINTS\n");
}

/*
 * A process other than the VM's creator that holds the VM's file
 * descriptor, here a child with its own copy of the address space, can get
 * and set the hints, but makes no other VM ioctl.
 */
static void test_other_process(void)
{
	struct kvm_vm *vm = vm_create_barebones();
	struct kvm_pv_hints pv_hints;
	int status, r;
	pid_t pid;

	override(vm, VALID_HINTS);
	pid = fork();
	TEST_ASSERT(pid >= 0, "fork() failed, errno: %d", errno);
	if (!pid) {
		pv_hints = get_pv_hints(vm);
		ASSERT_EQ(pv_hints.flags, KVM_PV_HINTS_OVERRIDE);
		ASSERT_EQ(pv_hints.hints, VALID_HINTS);
		override(vm, 0);
		set_pv_hints_einval(vm, KVM_PV_HINTS_OVERRIDE, 0x2);
		r = __vm_ioctl(vm, KVM_CHECK_EXTENSION,
			       (void *)KVM_CAP_PV_HINTS);
		TEST_ASSERT(r == -1 && errno == EIO,
			    "Expected EIO for KVM_CHECK_EXTENSION, rc: %d errno: %d",
			    r, errno);
		_exit(0);
	}
	TEST_ASSERT(waitpid(pid, &status, 0) == pid,
		    "waitpid() failed, errno: %d", errno);
	TEST_ASSERT(WIFEXITED(status) && !WEXITSTATUS(status),
		    "child failed, status: %#x", status);
	pv_hints = get_pv_hints(vm);
	ASSERT_EQ(pv_hints.flags, KVM_PV_HINTS_OVERRIDE);
	ASSERT_EQ(pv_hints.hints, 0);
	kvm_vm_free(vm);
	ksft_test_result_pass("another process gets and sets the hints only\n");
}

/*
 * Several vCPUs, with different CPUID hints, read their own until the
 * host overrides them, then the override, also a vCPU created after it;
 * CPUID never changes.  One notification per change, to the first
 * registered vCPU; none for a call that changes nothing.
 */
static void test_vcpus(struct kvm_vm *vm, struct kvm_vcpu **vcpus)
{
	struct report r;
	int i;

	vcpus[0] = add_vcpu(vm, 0, 0);
	vcpus[1] = add_vcpu(vm, 1, VALID_HINTS);

	r = run(vcpus[0], CMD_REPORT, 0);
	ASSERT_EQ(r.cpuid_hints, 0);
	ASSERT_EQ(r.hints, 0);
	r = run(vcpus[1], CMD_REPORT, 0);
	ASSERT_EQ(r.cpuid_hints, VALID_HINTS);
	ASSERT_EQ(r.hints, VALID_HINTS);

	override(vm, 0);
	r = run(vcpus[1], CMD_REPORT, 0);
	ASSERT_EQ(r.cpuid_hints, VALID_HINTS);
	ASSERT_EQ(r.hints, 0);

	override(vm, VALID_HINTS);
	vcpus[2] = add_vcpu(vm, 2, 0);
	for (i = 0; i < NR_VCPUS; i++) {
		r = run(vcpus[i], CMD_REPORT, 0);
		ASSERT_EQ(r.cpuid_hints, i == 1 ? VALID_HINTS : 0);
		ASSERT_EQ(r.hints, VALID_HINTS);
		ASSERT_EQ(r.irqs, 0);
		ASSERT_EQ(kvm_get_cpuid2_hints(vcpus[i]),
			  i == 1 ? VALID_HINTS : 0);
	}
	ksft_test_result_pass("CPUID unchanged, override for every vCPU\n");

	/* vCPU 0 is not registered: vCPU 1 is the first one. */
	ASSERT_EQ(run(vcpus[1], CMD_REGISTER, VECTOR).vector, VECTOR);
	ASSERT_EQ(run(vcpus[2], CMD_REGISTER, VECTOR).vector, VECTOR);
	set_pv_hints(vm, 0, 0);
	check_irqs(vcpus, 3, (uint64_t []){ 0, 1, 0 });
	ASSERT_EQ(run(vcpus[2], CMD_REPORT, 0).hints, 0);
	ASSERT_EQ(run(vcpus[1], CMD_REPORT, 0).hints, VALID_HINTS);

	ASSERT_EQ(run(vcpus[0], CMD_REGISTER, VECTOR).vector, VECTOR);
	override(vm, VALID_HINTS);
	check_irqs(vcpus, 3, (uint64_t []){ 1, 1, 0 });
	override(vm, VALID_HINTS);
	check_irqs(vcpus, 3, (uint64_t []){ 1, 1, 0 });
	ksft_test_result_pass("one notification per change\n");
}

struct notifier {
	struct kvm_vm *vm;
	bool woken;
};

/* Changes the hints while the vCPU halts, then waits for it to wake. */
static void *notifier_thread(void *arg)
{
	struct notifier *n = arg;
	int i;

	usleep(NOTIFY_DELAY_US);
	override(n->vm, 0);

	for (i = 0; i < WAKE_TIMEOUT_MS && !READ_ONCE(n->woken); i++)
		usleep(1000);
	TEST_ASSERT(READ_ONCE(n->woken),
		    "Halted vCPU not woken %d ms after KVM_SET_PV_HINTS",
		    WAKE_TIMEOUT_MS);
	return NULL;
}

static void test_halted(struct kvm_vcpu *vcpu)
{
	struct notifier n = { .vm = vcpu->vm };
	uint64_t irqs = run(vcpu, CMD_REPORT, 0).irqs;
	pthread_t thread;
	struct report r;

	TEST_ASSERT(!pthread_create(&thread, NULL, notifier_thread, &n),
		    "pthread_create failed");
	r = run(vcpu, CMD_HALT, 0);
	WRITE_ONCE(n.woken, true);
	pthread_join(thread, NULL);
	ASSERT_EQ(r.irqs, irqs + 1);
	ASSERT_EQ(r.hints, 0);
	ksft_test_result_pass("notification wakes a halted vCPU\n");
}

static void test_invalid_msr(struct kvm_vcpu *vcpu)
{
	run(vcpu, CMD_INVALID, 0);
	ASSERT_EQ(_vcpu_set_msr(vcpu, MSR_KVM_PV_HINTS_INT, 0x1f), 0);
	ASSERT_EQ(_vcpu_set_msr(vcpu, MSR_KVM_PV_HINTS_INT, 0x100 | VECTOR), 0);
	ASSERT_EQ(_vcpu_set_msr(vcpu, MSR_KVM_PV_HINTS_INT,
				BIT_ULL(63) | VECTOR), 0);
	ASSERT_EQ(_vcpu_set_msr(vcpu, MSR_KVM_PV_HINTS, 0), 0);
	ASSERT_EQ(vcpu_get_msr(vcpu, MSR_KVM_PV_HINTS_INT), VECTOR);
	ksft_test_result_pass("invalid MSR values refused, guest and host\n");
}

/* vCPU 0 sends INIT to vCPU 1, whose registration it clears. */
static void test_init(struct kvm_vcpu **vcpus)
{
	struct kvm_mp_state mp_state;

	ASSERT_EQ(vcpu_get_msr(vcpus[1], MSR_KVM_PV_HINTS_INT), VECTOR);
	run(vcpus[0], CMD_INIT, vcpus[1]->id);
	vcpu_mp_state_get(vcpus[1], &mp_state);
	ASSERT_EQ(mp_state.mp_state, KVM_MP_STATE_INIT_RECEIVED);
	ASSERT_EQ(vcpu_get_msr(vcpus[1], MSR_KVM_PV_HINTS_INT), 0);
	ksft_test_result_pass("INIT clears the registration\n");
}

/*
 * What a VMM migrates: the hints of the VM and the registration of the
 * vCPU.  The second VM reads the hints and is notified of the next change.
 */
static void test_migration(struct kvm_vm *src, struct kvm_vcpu *src_vcpu)
{
	struct kvm_pv_hints pv_hints = get_pv_hints(src);
	uint64_t vector = vcpu_get_msr(src_vcpu, MSR_KVM_PV_HINTS_INT);
	struct kvm_vcpu *vcpu;
	struct kvm_vm *vm;
	struct report r;

	ASSERT_EQ(pv_hints.flags, KVM_PV_HINTS_OVERRIDE);
	ASSERT_EQ(vector, VECTOR);
	vm = create_vm();
	vcpu = add_vcpu(vm, 0, VALID_HINTS);
	ASSERT_EQ(run(vcpu, CMD_REPORT, 0).hints, VALID_HINTS);
	set_pv_hints(vm, pv_hints.flags, pv_hints.hints);
	vcpu_set_msr(vcpu, MSR_KVM_PV_HINTS_INT, vector);

	r = run(vcpu, CMD_WINDOW, 0);
	ASSERT_EQ(r.hints, pv_hints.hints);
	ASSERT_EQ(r.vector, VECTOR);
	ASSERT_EQ(r.irqs, 0);
	override(vm, VALID_HINTS);
	r = run(vcpu, CMD_WINDOW, 0);
	ASSERT_EQ(r.hints, VALID_HINTS);
	ASSERT_EQ(r.irqs, 1);
	run(vcpu, CMD_DONE, 0);
	kvm_vm_free(vm);
	ksft_test_result_pass("hints and registration migrate\n");
}

static void test_no_feature(void)
{
	struct kvm_vcpu *vcpu;
	struct kvm_vm *vm;
	struct ucall uc;
	int i;

	vm = vm_create_with_one_vcpu(&vcpu, guest_code_no_feature);
	vm_init_descriptor_tables(vm);
	vcpu_init_descriptor_tables(vcpu);
	vcpu_enable_cap(vcpu, KVM_CAP_ENFORCE_PV_FEATURE_CPUID, 1);
	vcpu_clear_cpuid_feature(vcpu, X86_FEATURE_KVM_PV_HINTS_INT);
	vcpu_get_cpuid_entry(vcpu, KVM_CPUID_FEATURES)->edx = VALID_HINTS;
	vcpu_set_cpuid(vcpu);

	/* Also before the first KVM_RUN. */
	for (i = 0; i < 3; i++) {
		if (i < 2)
			override(vm, i ? VALID_HINTS : 0);
		else
			set_pv_hints(vm, 0, 0);
		vcpu_run(vcpu);
		switch (get_ucall(vcpu, &uc)) {
		case UCALL_SYNC:
			ASSERT_EQ(uc.args[2], VALID_HINTS);
			break;
		case UCALL_ABORT:
			REPORT_GUEST_ASSERT_2(uc, "values: %#lx, %#lx");
			break;
		default:
			TEST_FAIL("Unknown ucall %lu", uc.cmd);
		}
	}
	kvm_vm_free(vm);
	ksft_test_result_pass("without KVM_FEATURE_PV_HINTS_INT: MSRs #GP, CPUID unchanged\n");
}

int main(void)
{
	struct kvm_vcpu *vcpus[NR_VCPUS];
	struct kvm_vm *vm;

	TEST_REQUIRE(kvm_has_cap(KVM_CAP_PV_HINTS));
	TEST_REQUIRE(kvm_has_cap(KVM_CAP_ENFORCE_PV_FEATURE_CPUID));

	ksft_print_header();
	ksft_set_plan(10);

	test_enumeration();
	test_set_get();
	test_other_process();

	vm = create_vm();
	test_vcpus(vm, vcpus);
	test_halted(vcpus[0]);
	test_invalid_msr(vcpus[0]);
	test_init(vcpus);
	test_migration(vm, vcpus[0]);
	kvm_vm_free(vm);

	test_no_feature();

	ksft_finished();
}
