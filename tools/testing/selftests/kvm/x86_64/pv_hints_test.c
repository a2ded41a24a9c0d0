// SPDX-License-Identifier: GPL-2.0-only
/*
 * Tests for KVM_SET_PV_HINTS and MSR_KVM_PV_HINTS_INT: the hints in
 * KVM_CPUID_FEATURES.EDX can be changed while the guest runs, a guest that
 * registered a vector is interrupted on every change (also when halted),
 * and invalid ioctl arguments and MSR values are rejected.
 */
#include <asm/kvm_para.h>
#include <pthread.h>
#include <stdint.h>
#include <unistd.h>

#include "test_util.h"
#include "kvm_util.h"
#include "processor.h"
#include "apic.h"

#define X86_FEATURE_KVM_PV_HINTS_INT \
	KVM_X86_CPU_FEATURE(0x40000001, 0, EAX, KVM_FEATURE_PV_HINTS_INT)

#define VALID_HINTS		BIT(KVM_HINTS_REALTIME)
#define VMM_HINTS		0	/* EDX as set with KVM_SET_CPUID2 */
#define GUEST_VECTOR		0xf5	/* registered by the guest */
#define HOST_VECTOR		0xf6	/* then replaced by the host */
#define NOTIFY_DELAY_US		100000
#define WAKE_TIMEOUT_MS		5000

enum {
	STAGE_HINTS_VMM = 1,
	STAGE_HINTS_SET,
	STAGE_HINTS_AFTER_EINVAL,
	STAGE_HINTS_CLEARED,
	STAGE_REGISTERED,
	/* Each STAGE_WOKEN_n must directly follow its STAGE_HALT_n. */
	STAGE_HALT_1,
	STAGE_WOKEN_1,
	STAGE_HALT_2,
	STAGE_WOKEN_2,
	STAGE_UNREGISTERED,
	STAGE_NOT_NOTIFIED,
	STAGE_DONE,
};

/* Evaluates both sides once, as 64-bit values. */
#define GUEST_CHECK_EQ(a, b)						\
do {									\
	uint64_t __a = (a), __b = (b);					\
									\
	__GUEST_ASSERT(__a == __b, #a " == " #b, 2, __a, __b);		\
} while (0)

/* Updated by the guest's interrupt handler. */
static uint64_t irq_count;
static uint64_t irq_vector;

static void guest_irq_handler(struct ex_regs *regs)
{
	WRITE_ONCE(irq_vector, regs->vector);
	WRITE_ONCE(irq_count, irq_count + 1);
	x2apic_write_reg(APIC_EOI, 0);
}

static uint64_t guest_hints(void)
{
	uint32_t eax, ebx, ecx, edx;

	cpuid(KVM_CPUID_FEATURES, &eax, &ebx, &ecx, &edx);
	return edx;
}

/* Returns the vector of the exception raised by the WRMSR, or 0. */
static uint8_t hints_int_write(uint64_t val)
{
	return wrmsr_safe(MSR_KVM_PV_HINTS_INT, val);
}

/* args[2] = @val, args[3] = interrupts seen, args[4] = last vector */
static void guest_sync(uint64_t stage, uint64_t val)
{
	GUEST_SYNC_ARGS(stage, val, READ_ONCE(irq_count),
			READ_ONCE(irq_vector), 0);
}

/* Halts with interrupts enabled until one arrives; @stage + 1 once woken. */
static void guest_halt_until_notified(uint64_t stage)
{
	uint64_t count = READ_ONCE(irq_count);

	guest_sync(stage, 0);
	while (READ_ONCE(irq_count) == count)
		asm volatile("sti; hlt; cli" ::: "memory");
	guest_sync(stage + 1, guest_hints());
}

static void guest_code(void)
{
	uint64_t count;

	/* The host changes the hints between these exits. */
	guest_sync(STAGE_HINTS_VMM, guest_hints());
	guest_sync(STAGE_HINTS_SET, guest_hints());
	guest_sync(STAGE_HINTS_AFTER_EINVAL, guest_hints());
	guest_sync(STAGE_HINTS_CLEARED, guest_hints());

	/* Invalid values #GP and leave the MSR alone. */
	GUEST_CHECK_EQ(rdmsr(MSR_KVM_PV_HINTS_INT), 0);
	GUEST_CHECK_EQ(hints_int_write(0x1), GP_VECTOR);
	GUEST_CHECK_EQ(hints_int_write(0x10), GP_VECTOR);
	GUEST_CHECK_EQ(hints_int_write(0x1f), GP_VECTOR);
	GUEST_CHECK_EQ(hints_int_write(0x100 | GUEST_VECTOR), GP_VECTOR);
	GUEST_CHECK_EQ(hints_int_write(BIT_ULL(63) | GUEST_VECTOR), GP_VECTOR);
	GUEST_CHECK_EQ(rdmsr(MSR_KVM_PV_HINTS_INT), 0);
	GUEST_CHECK_EQ(hints_int_write(0x20), 0);
	GUEST_CHECK_EQ(rdmsr(MSR_KVM_PV_HINTS_INT), 0x20);

	x2apic_enable();
	wrmsr(MSR_KVM_PV_HINTS_INT, GUEST_VECTOR);
	guest_sync(STAGE_REGISTERED, rdmsr(MSR_KVM_PV_HINTS_INT));
	GUEST_CHECK_EQ(rdmsr(MSR_KVM_PV_HINTS_INT), HOST_VECTOR);

	/* Changed hints, then the same hints again: both must notify. */
	guest_halt_until_notified(STAGE_HALT_1);
	guest_halt_until_notified(STAGE_HALT_2);

	wrmsr(MSR_KVM_PV_HINTS_INT, 0);
	count = READ_ONCE(irq_count);
	guest_sync(STAGE_UNREGISTERED, rdmsr(MSR_KVM_PV_HINTS_INT));
	/* Open an interrupt window; nothing may be pending. */
	asm volatile("sti; nop; nop; nop; cli" ::: "memory");
	GUEST_CHECK_EQ(READ_ONCE(irq_count), count);
	guest_sync(STAGE_NOT_NOTIFIED, guest_hints());

	GUEST_DONE();
}

static void guest_code_no_feature(void)
{
	uint64_t val;

	GUEST_CHECK_EQ(guest_hints(), VALID_HINTS);
	GUEST_CHECK_EQ(rdmsr_safe(MSR_KVM_PV_HINTS_INT, &val), GP_VECTOR);
	GUEST_CHECK_EQ(hints_int_write(0), GP_VECTOR);
	GUEST_CHECK_EQ(hints_int_write(GUEST_VECTOR), GP_VECTOR);
	GUEST_DONE();
}

static int __set_pv_hints(struct kvm_vm *vm, uint32_t flags, uint32_t hints)
{
	struct kvm_pv_hints pv_hints = { .flags = flags, .hints = hints };

	return __vm_ioctl(vm, KVM_SET_PV_HINTS, &pv_hints);
}

static void set_pv_hints(struct kvm_vm *vm, uint32_t hints)
{
	int r = __set_pv_hints(vm, 0, hints);

	TEST_ASSERT(!r, KVM_IOCTL_ERROR(KVM_SET_PV_HINTS, r));
}

static void set_pv_hints_einval(struct kvm_vm *vm, uint32_t flags,
				uint32_t hints)
{
	int r = __set_pv_hints(vm, flags, hints);

	TEST_ASSERT(r == -1 && errno == EINVAL,
		    "Expected EINVAL for {%#x, %#x}, rc: %d errno: %d",
		    flags, hints, r, errno);
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

static void run_to_stage(struct kvm_vcpu *vcpu, uint64_t stage,
			 struct ucall *uc)
{
	vcpu_run(vcpu);
	TEST_ASSERT(vcpu->run->exit_reason == KVM_EXIT_IO,
		    "Unexpected exit reason: %u (%s)", vcpu->run->exit_reason,
		    exit_reason_str(vcpu->run->exit_reason));

	switch (get_ucall(vcpu, uc)) {
	case UCALL_SYNC:
		TEST_ASSERT(uc->args[1] == stage,
			    "Expected stage %lu, guest is at stage %lu",
			    stage, uc->args[1]);
		break;
	case UCALL_DONE:
		TEST_ASSERT(stage == STAGE_DONE,
			    "Guest done, expected stage %lu", stage);
		break;
	case UCALL_ABORT:
		REPORT_GUEST_ASSERT_2(*uc, "values: %#lx, %#lx");
		break;
	default:
		TEST_FAIL("Unknown ucall %lu", uc->cmd);
	}
}

struct notifier {
	struct kvm_vm *vm;
	uint32_t hints;
	bool woken;
};

/* Sets the hints while the vCPU halts, then waits for the vCPU to wake. */
static void *notifier_thread(void *arg)
{
	struct notifier *n = arg;
	int i;

	usleep(NOTIFY_DELAY_US);
	set_pv_hints(n->vm, n->hints);

	for (i = 0; i < WAKE_TIMEOUT_MS && !READ_ONCE(n->woken); i++)
		usleep(1000);
	TEST_ASSERT(READ_ONCE(n->woken),
		    "Halted vCPU not woken %d ms after KVM_SET_PV_HINTS",
		    WAKE_TIMEOUT_MS);
	return NULL;
}

static void test_notification(struct kvm_vcpu *vcpu, uint64_t halt_stage,
			      uint32_t hints, uint64_t count)
{
	struct notifier n = { .vm = vcpu->vm, .hints = hints };
	pthread_t thread;
	struct ucall uc;
	int r;

	run_to_stage(vcpu, halt_stage, &uc);
	r = pthread_create(&thread, NULL, notifier_thread, &n);
	TEST_ASSERT(!r, "pthread_create failed: %d", r);

	run_to_stage(vcpu, halt_stage + 1, &uc);
	WRITE_ONCE(n.woken, true);
	pthread_join(thread, NULL);

	ASSERT_EQ(uc.args[2], hints);
	ASSERT_EQ(uc.args[3], count);
	ASSERT_EQ(uc.args[4], HOST_VECTOR);
}

static void test_enumeration(struct kvm_vm *vm)
{
	ASSERT_EQ(kvm_check_cap(KVM_CAP_PV_HINTS), VALID_HINTS);
	ASSERT_EQ(vm_check_cap(vm, KVM_CAP_PV_HINTS), VALID_HINTS);
	TEST_ASSERT(kvm_cpu_has(X86_FEATURE_KVM_PV_HINTS_INT),
		    "KVM_FEATURE_PV_HINTS_INT not in KVM_GET_SUPPORTED_CPUID");
	TEST_ASSERT(kvm_msr_is_in_save_restore_list(MSR_KVM_PV_HINTS_INT),
		    "MSR_KVM_PV_HINTS_INT not in KVM_GET_MSR_INDEX_LIST");
	ksft_test_result_pass("capability and feature enumeration\n");
}

static void test_no_feature(void)
{
	struct kvm_vcpu *vcpu;
	struct kvm_vm *vm;
	struct ucall uc;

	vm = vm_create_with_one_vcpu(&vcpu, guest_code_no_feature);
	vm_init_descriptor_tables(vm);
	vcpu_init_descriptor_tables(vcpu);
	vcpu_clear_cpuid_feature(vcpu, X86_FEATURE_KVM_PV_HINTS_INT);
	vcpu_get_cpuid_entry(vcpu, KVM_CPUID_FEATURES)->edx = VMM_HINTS;
	vcpu_set_cpuid(vcpu);

	/* Also before the first KVM_RUN. */
	set_pv_hints(vm, VALID_HINTS);
	run_to_stage(vcpu, STAGE_DONE, &uc);
	kvm_vm_free(vm);
	ksft_test_result_pass("MSR #GPs without KVM_FEATURE_PV_HINTS_INT\n");
}

int main(void)
{
	struct kvm_vcpu *vcpu;
	struct kvm_vm *vm;
	struct ucall uc;

	TEST_REQUIRE(kvm_has_cap(KVM_CAP_PV_HINTS));

	ksft_print_header();
	ksft_set_plan(9);

	vm = vm_create_with_one_vcpu(&vcpu, guest_code);
	vm_init_descriptor_tables(vm);
	vcpu_init_descriptor_tables(vcpu);
	vm_install_exception_handler(vm, GUEST_VECTOR, guest_irq_handler);
	vm_install_exception_handler(vm, HOST_VECTOR, guest_irq_handler);
	vcpu_get_cpuid_entry(vcpu, KVM_CPUID_FEATURES)->edx = VMM_HINTS;
	vcpu_set_cpuid(vcpu);

	test_enumeration(vm);

	run_to_stage(vcpu, STAGE_HINTS_VMM, &uc);
	ASSERT_EQ(uc.args[2], VMM_HINTS);
	set_pv_hints(vm, VALID_HINTS);
	ASSERT_EQ(kvm_get_cpuid2_hints(vcpu), VMM_HINTS);

	run_to_stage(vcpu, STAGE_HINTS_SET, &uc);
	ASSERT_EQ(uc.args[2], VALID_HINTS);
	set_pv_hints_einval(vm, 1, 0);
	set_pv_hints_einval(vm, 1, VALID_HINTS);
	set_pv_hints_einval(vm, 0, 0x2);
	set_pv_hints_einval(vm, 0, 0x80000000);

	run_to_stage(vcpu, STAGE_HINTS_AFTER_EINVAL, &uc);
	ASSERT_EQ(uc.args[2], VALID_HINTS);
	ksft_test_result_pass("invalid KVM_SET_PV_HINTS arguments\n");
	set_pv_hints(vm, 0);

	run_to_stage(vcpu, STAGE_HINTS_CLEARED, &uc);
	ASSERT_EQ(uc.args[2], 0);
	ASSERT_EQ(kvm_get_cpuid2_hints(vcpu), VMM_HINTS);
	ksft_test_result_pass("KVM_SET_PV_HINTS after KVM_RUN\n");

	run_to_stage(vcpu, STAGE_REGISTERED, &uc);
	ksft_test_result_pass("invalid MSR_KVM_PV_HINTS_INT values #GP\n");
	ASSERT_EQ(uc.args[2], GUEST_VECTOR);
	ASSERT_EQ(vcpu_get_msr(vcpu, MSR_KVM_PV_HINTS_INT), GUEST_VECTOR);
	vcpu_set_msr(vcpu, MSR_KVM_PV_HINTS_INT, HOST_VECTOR);
	ASSERT_EQ(vcpu_get_msr(vcpu, MSR_KVM_PV_HINTS_INT), HOST_VECTOR);
	ksft_test_result_pass("KVM_GET_MSRS/KVM_SET_MSRS\n");

	test_notification(vcpu, STAGE_HALT_1, VALID_HINTS, 1);
	ksft_test_result_pass("notification wakes a halted vCPU\n");
	test_notification(vcpu, STAGE_HALT_2, VALID_HINTS, 2);
	ksft_test_result_pass("notification with unchanged hints\n");

	run_to_stage(vcpu, STAGE_UNREGISTERED, &uc);
	ASSERT_EQ(uc.args[2], 0);
	set_pv_hints(vm, 0);
	run_to_stage(vcpu, STAGE_NOT_NOTIFIED, &uc);
	ASSERT_EQ(uc.args[2], 0);
	ASSERT_EQ(uc.args[3], 2);
	run_to_stage(vcpu, STAGE_DONE, &uc);
	ksft_test_result_pass("no notification when unregistered\n");
	kvm_vm_free(vm);

	test_no_feature();

	ksft_finished();
}
